using System.Text.RegularExpressions;
using System.Xml.Linq;
using BookingWeb.Platform.Data;
using BookingWeb.Tests.Features.Accounts;
using BookingWeb.Tests.Platform.Hosting;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingWeb.Tests.Platform.Localization;

/// <summary>
/// Every page, opened by staff of a German hotel, shows no English: none of the English texts of Texts/*.resx (where
/// German differs) and none of the English words staff would notice first.
/// </summary>
public partial class GermanPagesTests(GermanHotelApp app) : IClassFixture<GermanHotelApp>
{
    private static readonly string[] EnglishWords =
    [
        "Save", "Cancel", "Delete", "Search", "Loading", "Guest", "Guests", "Room", "Rooms", "Booking", "Bookings", "Notes",
        "Back", "Edit", "Close", "Yes", "Phone", "Nights", "Night", "Paid", "Arrival", "Arrivals", "Departure", "Departures",
        "Reminder", "Reminders", "Discount", "Discounts", "History", "Today", "Tomorrow", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "May", "June", "July", "October", "December",
        "Free", "Occupied", "Occupancy", "Confirmed", "Tentative", "Cancelled", "Unpaid", "Sign", "Password", "Users", "Active",
    ];

    [Fact]
    public async Task No_page_shows_english_text_to_staff_of_a_german_hotel()
    {
        var ids = await SeedAsync();
        var pages = new[]
        {
            "/", "/bookings", "/bookings/new", $"/bookings/{ids.Booking}", "/calendar", "/guests", "/guests/new", $"/guests/{ids.Guest}", "/reports",
            "/rooms", "/rooms/new", $"/rooms/{ids.Room}", "/users", "/users/new", $"/users/{ids.User}", "/account/password", "/nowhere",
        };
        var fragments = EnglishFragments();
        var page = await app.NewPageAsync(TestAccounts.Admin);
        var found = new List<string>();
        foreach (var path in pages)
        {
            if (path == "/nowhere") await page.GotoAsync(path); // a static page: no circuit to wait for
            else await AppFixture.OpenAsync(page, path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.WaitForFunctionAsync("() => !document.querySelector('.mud-progress-circular')");
            var text = await page.EvaluateAsync<string>(
                "() => [document.title, document.body.innerText, ...[...document.querySelectorAll('[placeholder],[aria-label],[title]')]" +
                ".flatMap(e => [e.getAttribute('placeholder'), e.getAttribute('aria-label'), e.getAttribute('title')]).filter(Boolean)].join('\\n')");
            var english = fragments.Where(text.Contains)
                .Concat(EnglishWords.Where(w => Regex.IsMatch(text, $@"(?<![\p{{L}}-]){Regex.Escape(w)}(?![\p{{L}}-])")))
                .Distinct().ToList();
            if (english.Count > 0) found.Add($"{path}: {string.Join(" | ", english)}");
        }
        Assert.True(found.Count == 0, "English on German pages:\n" + string.Join("\n", found));
    }

    /// <summary>The literal parts (between placeholders) of each English text whose German differs, long enough to be telling.</summary>
    private static List<string> EnglishFragments()
    {
        var folder = TextFiles.Folder;
        var german = new List<string>();
        var english = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.de.resx"))
        {
            var de = TextFiles.Read(file);
            german.AddRange(de.Values);
            foreach (var (key, text) in TextFiles.Read(file.Replace(".de.resx", ".resx")))
                if (de.TryGetValue(key, out var translation) && translation != text) english.Add(text);
        }
        return english.SelectMany(t => Placeholder().Split(t)).Select(f => f.Trim(' ', '.', ':', ',', '(', ')', '·', '…'))
            .Where(f => f.Length >= 6 && f.Any(char.IsLetter) && !german.Any(g => g.Contains(f)) && !f.Contains("BookingWeb"))
            .Distinct().ToList();
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    private async Task<(int Room, int Guest, int Booking, string User)> SeedAsync()
    {
        await using var db = app.CreateContext();
        var room = new Room { Number = "101", Name = "Seeblick", BaseRate = 120, MaxAdults = 2, MaxChildren = 1 };
        var guest = new Guest { FirstName = "Jürgen", LastName = "Müller", Email = "j.mueller@example.de", Phone = "+49 30 1234567", City = "Berlin" };
        db.AddRange(room, guest);
        await db.SaveChangesAsync();
        var today = app.Services.GetRequiredService<BookingWeb.Platform.Clock.HotelClock>().Today;
        var booking = new Booking
        {
            ReservationNumber = "RES-2026-7001", GuestId = guest.Id, RoomId = room.Id, Adults = 2, RatePerNight = 120.5m,
            CheckIn = today, CheckOut = today.AddDays(3), Status = BookingStatus.Confirmed, Notes = "Spätanreise",
        };
        booking.Services.Add(new AdditionalService { Description = "Frühstück", Quantity = 2, UnitPrice = 14.5m });
        booking.Discounts.Add(new Discount { Description = "Stammgast", Kind = DiscountKind.Percent, Value = 10 });
        booking.Reminders.Add(new Reminder { Text = "Kinderbett aufstellen", DueAt = TestHotel.Clock().UtcNow.AddHours(1) });
        db.Add(booking);
        await db.SaveChangesAsync();
        var user = await db.Users.FirstAsync(u => u.Email == TestAccounts.Staff.Email);
        return (room.Id, guest.Id, booking.Id, user.Id);
    }
}
