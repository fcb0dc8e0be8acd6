using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Calendar;

/// <summary>The tape chart as the browser tests use it: opened signed in, its rows and stays, a mouse that drags them.</summary>
internal static class TapeChartPage
{
    public const int DayWidth = 64; // 14 days shown

    public static async Task<IPage> OpenAsync(AppFixture app, TestAccount account)
    {
        var page = await app.NewPageAsync(account);
        await AppFixture.OpenAsync(page, "/calendar");
        await Expect(page.Locator("[data-tape][data-ready]")).ToBeAttachedAsync();
        return page;
    }

    public static ILocator Row(IPage page, string roomNumber) => page.Locator($"[role=group][data-room='{roomNumber}']");

    public static ILocator Bar(IPage page, string roomNumber, string lastName) =>
        Row(page, roomNumber).Locator("a.bar").Filter(new() { HasText = lastName });

    /// <summary>Presses on the middle of a stay, moves it by whole days (and to another room's row) and lets go.</summary>
    public static async Task DragAsync(IPage page, ILocator bar, int days, ILocator? toRow = null) =>
        await (await PickUpAsync(page, bar)).DropAsync(days, toRow);

    /// <summary>Presses on the middle of a stay and starts dragging it: the chart has read the stay, the mouse is still down.</summary>
    public static async Task<HeldStay> PickUpAsync(IPage page, ILocator bar)
    {
        await bar.ScrollIntoViewIfNeededAsync();
        var box = (await bar.BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 8, y, new() { Steps = 2 });
        return new HeldStay(page, x, y);
    }

    /// <summary>A stay being dragged, picked up at (<paramref name="X"/>, <paramref name="Y"/>).</summary>
    public sealed record HeldStay(IPage Page, float X, float Y)
    {
        public async Task DropAsync(int days, ILocator? toRow = null)
        {
            var targetY = Y;
            if (toRow is not null)
            {
                var row = (await toRow.Locator(".lane").BoundingBoxAsync())!;
                targetY = row.Y + row.Height / 2;
            }
            await Page.Mouse.MoveAsync(X + days * DayWidth, targetY, new() { Steps = 6 });
            await Page.Mouse.UpAsync();
        }
    }

    public static async Task<int> RoomAsync(AppFixture app, string number)
    {
        await using var db = app.CreateContext();
        var room = new Room { Number = number, Name = "", BaseRate = 100, MaxAdults = 2 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room.Id;
    }

    public static async Task<int> BookAsync(AppFixture app, string number, string roomNumber, string lastName, DateOnly checkIn, int nights)
    {
        await using var db = app.CreateContext();
        var room = db.Rooms.FirstOrDefault(r => r.Number == roomNumber) ?? new Room { Number = roomNumber, Name = "", BaseRate = 100, MaxAdults = 2 };
        var booking = new Booking
        {
            ReservationNumber = number, Room = room, Guest = new Guest { FirstName = "Tape", LastName = lastName },
            CheckIn = checkIn, CheckOut = checkIn.AddDays(nights), Status = BookingStatus.Confirmed, RatePerNight = 100, Adults = 1,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
