using BookingWeb.Platform.Data;
using BookingWeb.Features.Accounts;
using BookingWeb.Platform.Identity;
using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using Microsoft.EntityFrameworkCore;
using BookingWeb.Shared;

namespace BookingWeb.Collaboration.Activity;

/// <summary>
/// Turns other people's changes into the sentences of the live toasts: "New booking RES-2026-0124 — Müller,
/// room 12 — by Anna". More than <see cref="MostSingleToasts"/> things at once become one summary; a bulk notice (one
/// statement, many rows) is a sentence of its own: "10,000 bookings changed by Maria".
/// Names come from the accounts this instance holds in memory; the few facts a toast needs from the database are read
/// once per instance, however many pages show the same toast (<see cref="SharedReads"/>).
/// </summary>
public sealed class ChangeDescriber(
    IDbContextFactory<BookingDbContext> contextFactory, StaffAccountWatch accounts, SharedReads sharedReads)
{
    public const int MostSingleToasts = 3;

    public async Task<IReadOnlyList<string>> DescribeAsync(IReadOnlyList<EntityChange> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0) return [];
        var names = await accounts.NamesAsync(changes.Select(c => c.By), cancellationToken);
        var bulk = changes.Where(c => c.IsBulk).Select(c => ChangeSentences.Bulk(c, names.NameOf(c.By))).ToList();
        var single = changes.Where(c => !c.IsBulk).ToList();
        return single.Count == 0 ? bulk : [.. bulk, .. await DescribeSingleAsync(single, names, cancellationToken)];
    }

    private async Task<IReadOnlyList<string>> DescribeSingleAsync(
        IReadOnlyList<EntityChange> changes, IReadOnlyDictionary<string, string> names, CancellationToken cancellationToken)
    {
        var subjects = changes.GroupBy(ChangeSubject.Of).ToList();
        if (subjects.Count > MostSingleToasts) return [ChangeSentences.Summary(subjects.Select(s => s.Key), WhoOf(changes, names))];

        var mains = subjects.ToDictionary(s => s.Key, s => ChangeSubject.MainChange(s, s.Key));
        var auditIds = mains.Values.Select(c => c.AuditId).Order().ToArray();
        var bookingIds = subjects.Where(s => s.Key.Kind == SubjectKind.Booking).Select(s => s.Key.Id).Order().ToArray();
        var (audit, bookings) = await sharedReads.ReadAsync(
            new FactsRead(string.Join(',', auditIds), string.Join(',', bookingIds)), () => ReadFactsAsync(auditIds, bookingIds), cancellationToken: cancellationToken);

        return subjects.Select(subject =>
        {
            var main = mains[subject.Key];
            var who = WhoOf(subject, names);
            var entry = audit.GetValueOrDefault(main.AuditId);
            return subject.Key.Kind switch
            {
                SubjectKind.Booking => ChangeSentences.Booking(main, entry, bookings.GetValueOrDefault(subject.Key.Id), who),
                SubjectKind.Guest => ChangeSentences.Guest(main, entry, who),
                _ => ChangeSentences.Room(main, entry, who),
            };
        }).ToList();
    }

    private sealed record FactsRead(string AuditIds, string BookingIds);

    private async Task<(IReadOnlyDictionary<long, AuditEntry> Audit, IReadOnlyDictionary<int, BookingLabel> Bookings)> ReadFactsAsync(
        long[] auditIds, int[] bookingIds)
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        var audit = (await AuditLog.ByIdsAsync(db, auditIds)).ToDictionary(a => a.Id);
        var bookings = await db.Bookings.AsNoTracking().Where(b => bookingIds.Contains(b.Id))
            .Select(b => new BookingLabel(b.Id, b.ReservationNumber, b.Guest!.LastName, b.Room!.Number))
            .ToDictionaryAsync(b => b.Id);
        return (audit, bookings);
    }

    private static string WhoOf(IEnumerable<EntityChange> changes, IReadOnlyDictionary<string, string> names) =>
        Sentences.List(changes.Select(c => names.NameOf(c.By)).Distinct().ToList());
}

public sealed record BookingLabel(int Id, string ReservationNumber, string GuestLastName, string RoomNumber);
