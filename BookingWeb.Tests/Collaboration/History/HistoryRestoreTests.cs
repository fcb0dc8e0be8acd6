using BookingWeb.Collaboration.History;
using BookingWeb.Texts;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Bookings.Saving;
using BookingWeb.Features.Guests;
using BookingWeb.Platform.Data;
using BookingWeb.Tests.Shared;

namespace BookingWeb.Tests.Collaboration.History;

/// <summary>Restoring from History puts the audit log's earlier value into the form's field, typed, or says why it cannot.</summary>
public class HistoryRestoreTests
{
    private static readonly GuestRules Guests = new();

    [Fact]
    public void A_guest_s_earlier_e_mail_goes_back_into_the_form_and_says_nothing_is_saved_yet()
    {
        var guest = new Guest { FirstName = "Mia", LastName = "Müller", Email = "new@example.org" };

        var outcome = HistoryRestore.Apply(Guests.Fields, guest, new RestoreRequest("email", "old@example.org", "E-mail", "old@example.org"));

        Assert.True(outcome.Restored);
        Assert.Equal("old@example.org", guest.Email);
        Assert.Contains("Nothing is saved yet", outcome.Message);
    }

    [Fact]
    public void An_earlier_empty_value_clears_an_optional_field()
    {
        var guest = new Guest { FirstName = "Mia", LastName = "Müller", City = "Lund" };

        Assert.True(HistoryRestore.Apply(Guests.Fields, guest, new RestoreRequest("city", null, "City", "empty")).Restored);
        Assert.Null(guest.City);
    }

    [Fact]
    public void A_booking_s_dates_amounts_and_choices_are_read_as_postgresql_wrote_them()
    {
        var draft = new BookingDraft();

        Assert.True(HistoryRestore.Apply(BookingMerge.Fields, draft, new RestoreRequest("check_out", "2027-05-07", "Check-out", "07.05.2027")).Restored);
        Assert.True(HistoryRestore.Apply(BookingMerge.Fields, draft, new RestoreRequest("amount_paid", "150.50", "Paid", "150,50")).Restored);
        Assert.True(HistoryRestore.Apply(BookingMerge.Fields, draft, new RestoreRequest("status", "CheckedIn", "Status", "Checked in")).Restored);

        Assert.Equal(new DateOnly(2027, 5, 7), draft.CheckOut);
        Assert.Equal(150.50m, draft.AmountPaid);
        Assert.Equal(BookingStatus.CheckedIn, draft.Status);
    }

    [Theory]
    [InlineData("date_of_birth", "1980-01-01")] // a column this editor does not have (any more)
    [InlineData("status", "OnHold")]           // a choice that no longer exists
    [InlineData("adults", "two")]              // a value that does not fit the field
    [InlineData("adults", null)]               // empty where the field needs a value
    public void A_field_or_value_that_no_longer_applies_is_refused_with_a_sentence_and_the_form_stays(string column, string? text)
    {
        var draft = new BookingDraft { Adults = 2, Status = BookingStatus.Confirmed };

        var outcome = HistoryRestore.Apply(BookingMerge.Fields, draft, new RestoreRequest(column, text, "Field", "value"));

        Assert.False(outcome.Restored);
        Assert.Equal("“Field” can no longer be restored here: this kind of record has no such field any more, or the earlier value does not fit it.", outcome.Message);
        Assert.Equal(2, draft.Adults);
        Assert.Equal(BookingStatus.Confirmed, draft.Status);
    }

    [Fact]
    public void A_change_offers_each_visible_field_s_earlier_value_in_the_reader_s_language_and_lines_offer_none()
    {
        using var german = new InGerman();
        var change = new AuditEntry(1, "bookings", 7, 7, "UPDATE",
            """{"check_out": {"old": "2027-05-05", "new": "2027-05-07"}, "room_id": {"old": 3, "new": 4}, "updated_at": {"old": "x", "new": "y"}}""",
            "user-1", DateTimeOffset.UnixEpoch);
        var line = change with { TableName = "reminders", Changes = """{"text": {"old": "Taxi", "new": "Taxi um 8"}}""" };

        var offered = HistorySentences.Restorable(change);

        Assert.Equal(["Abreise wiederherstellen: 05.05.2027", "Zimmer wiederherstellen: der frühere Wert"],
            offered.Select(r => string.Format(HistoryTexts.RestoreButton, r.Label, r.ShownValue)));
        Assert.Empty(HistorySentences.Restorable(line));
    }
}
