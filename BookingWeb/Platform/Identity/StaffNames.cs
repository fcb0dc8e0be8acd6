using BookingWeb.Platform.Data;
using BookingWeb.Texts;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Platform.Identity;

/// <summary>Turns the user ids stored in created_by, updated_by, done_by and the audit log into the names people know.</summary>
public static class StaffNames
{
    /// <summary>What a change without a user reads as: made by psql, a script, or the system.</summary>
    public static string Outsider => AccountTexts.SomeoneOutside;

    public static async Task<IReadOnlyDictionary<string, string>> LookupAsync(
        BookingDbContext db, IEnumerable<string?> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.OfType<string>().Where(id => id.Length > 0).Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<string, string>();
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    public static string NameOf(this IReadOnlyDictionary<string, string> names, string? userId) =>
        userId is { Length: > 0 } && names.TryGetValue(userId, out var name) ? name : userId is { Length: > 0 } ? AccountTexts.FormerColleague : Outsider;
}
