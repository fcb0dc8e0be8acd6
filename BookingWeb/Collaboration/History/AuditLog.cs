using BookingWeb.Collaboration.Live;
using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Collaboration.History;

/// <summary>Reads audit_log (the app never writes it: the triggers do, and the table refuses updates and deletes).</summary>
public static class AuditLog
{
    private const string Select = """
        SELECT id AS "Id", table_name AS "TableName", row_id AS "RowId", booking_id AS "BookingId", operation AS "Operation",
               changes::text AS "Changes", changed_by AS "ChangedBy", changed_at AS "ChangedAt"
        FROM audit_log
        """;

    public static Task<List<AuditEntry>> ByIdsAsync(BookingDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        Query(db, "WHERE id = ANY({0})", cancellationToken, ids.ToArray());

    /// <summary>A booking's own changes and its lines', newest first.</summary>
    public static Task<List<AuditEntry>> ForBookingAsync(BookingDbContext db, int bookingId, int limit, CancellationToken cancellationToken = default) =>
        Query(db, "WHERE booking_id = {0} ORDER BY id DESC LIMIT {1}", cancellationToken, bookingId, limit);

    /// <summary>One guest's or room's changes, newest first.</summary>
    public static Task<List<AuditEntry>> ForRowAsync(BookingDbContext db, ChangeTable table, int rowId, int limit, CancellationToken cancellationToken = default) =>
        Query(db, "WHERE table_name = {0} AND row_id = {1} ORDER BY id DESC LIMIT {2}", cancellationToken, table.DatabaseName(), rowId, limit);

    // The placeholders become parameters; only the constant texts above are ever concatenated.
    private static Task<List<AuditEntry>> Query(BookingDbContext db, string condition, CancellationToken cancellationToken, params object[] parameters) =>
        db.Database.SqlQueryRaw<AuditEntry>(string.Concat(Select, " ", condition), parameters).ToListAsync(cancellationToken);
}
