using BookingWeb.Collaboration.History;
using BookingWeb.Tests.Shared;

namespace BookingWeb.Tests.Collaboration.History;

/// <summary>The History tab's sentences in German: field names, operations and empty values.</summary>
public class HistorySentencesInGermanTests
{
    private static AuditEntry Entry(string table, string operation, string changes) =>
        new(1, table, 7, 7, operation, changes, "user-1", DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_changed_booking_names_its_fields_in_german()
    {
        using var german = new InGerman();

        var sentence = HistorySentences.Describe(Entry("bookings", "UPDATE",
            """
            {"check_out": {"old": "2027-05-05", "new": "2027-05-07"}, "notes": {"old": null, "new": "Spät"}, "city": {"old": null, "new": "Uppsala"},
             "rate_per_night": {"old": 1234.50, "new": 150.00}, "status": {"old": "Confirmed", "new": "CheckedIn"}, "is_active": {"old": true, "new": false}}
            """));

        Assert.Equal("hat Abreise (05.05.2027 → 07.05.2027), Notizen, Ort (leer → Uppsala), Preis pro Nacht (1.234,50 → 150,00), "
            + "Status (Bestätigt → Eingecheckt), Aktiv (ja → nein) geändert", sentence);
    }

    [Fact]
    public void Lines_and_records_are_added_created_and_deleted_in_german()
    {
        using var german = new InGerman();

        Assert.Equal("hat Zusatzleistung „Parken“ hinzugefügt",
            HistorySentences.Describe(Entry("additional_services", "INSERT", """{"description": {"new": "Parken"}}""")));
        Assert.Equal("hat Erinnerung „Taxi“ entfernt", HistorySentences.Describe(Entry("reminders", "DELETE", """{"text": {"old": "Taxi"}}""")));
        Assert.Equal("hat den Gast angelegt", HistorySentences.Describe(Entry("guests", "INSERT", """{"first_name": {"new": "Lotte"}}""")));
        Assert.Equal("hat das Zimmer gelöscht", HistorySentences.Describe(Entry("rooms", "DELETE", """{"number": {"old": "12"}}""")));
    }
}
