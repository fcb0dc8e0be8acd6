using BookingWeb.Shared;
using BookingWeb.Platform.Localization;
using BookingWeb.Collaboration.Activity;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using BookingWeb.Tests.Shared;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingWeb.Tests.Collaboration.Activity;

/// <summary>The live toasts and the header's live status in German.</summary>
public class ChangeSentencesInGermanTests : ComponentTestContext
{
    private static EntityChange Change(ChangeTable table, ChangeOperation operation, int id, int? bookingId = null) =>
        new(table, operation, id, bookingId, 1, "user-1", null, 1, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_burst_of_changes_is_counted_in_german()
    {
        using var german = new InGerman();

        var sentence = ChangeSentences.Summary(
            [new(SubjectKind.Booking, 1), new(SubjectKind.Booking, 2), new(SubjectKind.Booking, 3), new(SubjectKind.Guest, 4)],
            Sentences.List(["Anna", "Ben"]));

        Assert.Equal("3 Buchungen und 1 Gast geändert von Anna und Ben", sentence);
    }

    [Fact]
    public void A_bulk_statement_is_counted_in_one_sentence_in_both_languages()
    {
        var bulk = new EntityChange(ChangeTable.Bookings, ChangeOperation.Update, 0, null, null, "user-1", null, 1,
            DateTimeOffset.UnixEpoch, new BulkChange(10_000, 10_000));
        using var german = new InGerman(); // and back to this thread's culture at the end
        Assert.Equal("10.000 Buchungen von Maria geändert", ChangeSentences.Bulk(bulk, "Maria"));
        StaffCultures.Use(Languages.Culture(Languages.English, "€"));
        Assert.Equal("10,000 bookings changed by Maria", ChangeSentences.Bulk(bulk, "Maria"));
        StaffCultures.Use(Languages.Culture(Languages.German, "€"));
        Assert.Equal("250 Erinnerungen von Maria gelöscht",
            ChangeSentences.Bulk(bulk with { Table = ChangeTable.Reminders, Operation = ChangeOperation.Delete, Bulk = new(250, 250) }, "Maria"));
    }

    [Fact]
    public void A_new_booking_and_a_deleted_room_read_in_german()
    {
        using var german = new InGerman();

        Assert.Equal("Neue Buchung RES-2026-0124 — Müller, Zimmer 12 — von Anna", ChangeSentences.Booking(
            Change(ChangeTable.Bookings, ChangeOperation.Insert, 5, 5), null, new BookingLabel(5, "RES-2026-0124", "Müller", "12"), "Anna"));
        Assert.Equal("Zimmer #9 gelöscht von Anna", ChangeSentences.Room(Change(ChangeTable.Rooms, ChangeOperation.Delete, 9), null, "Anna"));
    }

    [Fact]
    public void Paused_live_updates_are_said_in_german()
    {
        using var german = new InGerman();
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        Services.AddSingleton(feed);
        feed.UpdateState(state => state with { Status = ListenerStatus.Reconnecting });

        var status = Render<LiveStatus>();

        Assert.Contains("Live-Aktualisierung unterbrochen: Verbindung wird wiederhergestellt", status.Find("[role=status]").TextContent);
        Assert.Equal("Noch keine Änderungen empfangen", status.Find("[role=status]").GetAttribute("title"));
    }
}
