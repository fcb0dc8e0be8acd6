using AngleSharp.Dom;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Features.Guests;
using BookingWeb.Features.Rooms;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookingWeb.Tests.Features.Bookings.Editor;

/// <summary>
/// bUnit for the booking editor's parts, with the real guest and room services on this class's own database, and the
/// popover and dialog providers the pickers and the new-guest dialog need.
/// </summary>
public abstract class EditorComponentTestContext : ComponentTestContext, IClassFixture<DatabaseFixture>
{
    protected EditorComponentTestContext(DatabaseFixture database)
    {
        Database = database;
        Services.AddLogging();
        Services.AddSingleton(database.ContextFactory);
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<StaffSession>();
        Services.AddGuests();
        Services.AddRooms();
        AddAuthorization().SetAuthorized(TestUser.Staff.DisplayName);
    }

    protected DatabaseFixture Database { get; }

    protected async Task<Guest> AddGuestAsync(string first, string last, string? email = null, string? phone = null)
    {
        await using var db = Database.CreateContext();
        var guest = new Guest { FirstName = first, LastName = last, Email = email, Phone = phone };
        db.Guests.Add(guest);
        await db.SaveChangesAsync();
        return guest;
    }

    protected async Task<Room> AddRoomAsync(string number, decimal rate = 120, int adults = 2, int children = 1)
    {
        await using var db = Database.CreateContext();
        var room = new Room { Number = number, Name = "Garden double", BaseRate = rate, MaxAdults = adults, MaxChildren = children };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room;
    }

    protected async Task<Guest?> FindGuestAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Guests.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id);
    }

    /// <summary>Waits for what the person should see; the services read a real database, which can be slow on a busy machine.</summary>
    protected static void Eventually<T>(IRenderedComponent<T> cut, Action assertion) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.WaitForAssertion(assertion, TimeSpan.FromSeconds(10));

    /// <summary>The input a person finds by its label (a visible label, or the aria-label of a field in a lines table).</summary>
    protected static IElement Input<T>(IRenderedComponent<T> cut, string label) where T : Microsoft.AspNetCore.Components.IComponent
    {
        var byAria = cut.FindAll($"input[aria-label='{label}'], textarea[aria-label='{label}']");
        if (byAria.Count == 1) return byAria[0];
        var forId = cut.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return cut.Find($"#{forId}");
    }

    /// <summary>What a person reads around a field: the field itself, its label and its message.</summary>
    protected static string FieldText<T>(IRenderedComponent<T> cut, string label) where T : Microsoft.AspNetCore.Components.IComponent
    {
        IElement? field = Input(cut, label);
        // Up to the field's own box: the nearest ancestor that also holds the message under the input.
        while (field.ParentElement is { } parent && parent.QuerySelectorAll("input, textarea").Length == 1) field = parent;
        return field.TextContent;
    }
}
