using BookingWeb.Collaboration.Live;

namespace BookingWeb.Tests.Collaboration.Live;

public class ChangePayloadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_trigger_payload_reads_into_a_change()
    {
        const string payload = """
            {"table":"additional_services","op":"UPDATE","id":17,"booking_id":4,"version":"4711","by":"user-1","origin":"c-9","audit_id":88}
            """;

        Assert.True(ChangePayload.TryParse(payload, Now, out var change, out var error), error);

        Assert.Equal(new EntityChange(ChangeTable.AdditionalServices, ChangeOperation.Update, 17, 4, 4711u, "user-1", "c-9", 88, Now), change);
    }

    [Fact]
    public void A_delete_from_psql_has_no_version_booking_or_author()
    {
        const string payload = """{"table":"guests","op":"DELETE","id":3,"booking_id":null,"version":null,"by":null,"origin":null,"audit_id":5}""";

        Assert.True(ChangePayload.TryParse(payload, Now, out var change, out _));

        Assert.Equal(ChangeOperation.Delete, change!.Operation);
        Assert.Null(change.Version);
        Assert.Null(change.BookingId);
        Assert.True(change.IsOutsideBookingWeb);
    }

    [Fact]
    public void A_bulk_notice_reads_into_one_change_for_the_whole_table()
    {
        const string payload = """
            {"table":"bookings","op":"UPDATE","bulk":true,"count":10000,"by":"user-1","origin":"c-9","audit_id":88,"last_audit_id":10087}
            """;

        Assert.True(ChangePayload.TryParse(payload, Now, out var change, out var error), error);

        Assert.Equal(new EntityChange(ChangeTable.Bookings, ChangeOperation.Update, 0, null, null, "user-1", "c-9", 88, Now,
            new BulkChange(10_000, 10_087)), change);
        Assert.True(change!.IsBulk);
    }

    [Theory]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":false,"count":5,"audit_id":1,"last_audit_id":5}""", "bulk")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":"yes","count":5,"audit_id":1,"last_audit_id":5}""", "bulk")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":true,"audit_id":1,"last_audit_id":5}""", "count")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":true,"count":0,"audit_id":1,"last_audit_id":5}""", "count")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":true,"count":"5","audit_id":1,"last_audit_id":5}""", "count")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":true,"count":5,"audit_id":1}""", "last_audit_id")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":true,"count":5,"audit_id":9,"last_audit_id":5}""", "last_audit_id")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":true,"count":5,"last_audit_id":5}""", "audit_id")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":true,"count":5,"audit_id":1,"last_audit_id":5,"id":3}""", "id")]
    [InlineData("""{"table":"bookings","op":"UPDATE","bulk":true,"count":5,"audit_id":1,"last_audit_id":5,"version":"7"}""", "version")]
    [InlineData("""{"table":"invoices","op":"UPDATE","bulk":true,"count":5,"audit_id":1,"last_audit_id":5}""", "unknown table")]
    public void A_malformed_bulk_notice_is_refused_with_a_reason(string payload, string reason)
    {
        Assert.False(ChangePayload.TryParse(payload, Now, out var change, out var error));

        Assert.Null(change);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("garbage", "not JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("""{"table":"invoices","op":"INSERT","id":1,"audit_id":1}""", "unknown table")]
    [InlineData("""{"table":"rooms","op":"TRUNCATE","id":1,"audit_id":1}""", "unknown operation")]
    [InlineData("""{"table":"rooms","op":"INSERT","id":"1","audit_id":1}""", "id")]
    [InlineData("""{"table":"rooms","op":"INSERT","audit_id":1}""", "id")]
    [InlineData("""{"table":"rooms","op":"INSERT","id":1,"version":"-3","audit_id":1}""", "version")]
    [InlineData("""{"table":"rooms","op":"INSERT","id":1,"by":42,"audit_id":1}""", "by")]
    [InlineData("""{"table":"rooms","op":"INSERT","id":1,"booking_id":"x","audit_id":1}""", "booking_id")]
    [InlineData("""{"table":"rooms","op":"INSERT","id":1}""", "audit_id")]
    public void A_malformed_payload_is_refused_with_a_reason(string payload, string reason)
    {
        Assert.False(ChangePayload.TryParse(payload, Now, out var change, out var error));

        Assert.Null(change);
        Assert.Contains(reason, error);
    }
}
