using System.Diagnostics;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Xunit.Abstractions;
using static BookingWeb.Tests.Collaboration.Merging.BookingDesks;
using BookingWeb.Features.Bookings.Saving;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>
/// Fifty receptionists save the same booking at once, each through the BookingService the editor uses in their own
/// signed-in scope, all having opened it before anyone saved.
/// </summary>
public class BookingStressTests(DatabaseFixture database, ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private const int Writers = 50;
    private const int LineEditors = 10;
    private readonly BookingDesks _desks = new(database);

    /// <summary>The booking's own fields, one per writer that changes a field; every value differs from the seeded one.</summary>
    private static readonly Action<BookingDraft>[] FieldChanges =
    [
        d => d.Notes = "Writer's notes",
        d => d.Adults = 3,
        d => d.Children = 2,
        d => d.RatePerNight = 123m,
        d => d.AmountPaid = 50m,
        d => d.PaymentStatus = PaymentStatus.PartiallyPaid,
        d => d.CheckOut = May3.AddDays(5),
        d => d.Status = BookingStatus.Tentative,
    ];

    [Fact]
    public async Task Fifty_writers_with_changes_nobody_else_makes_lose_nothing()
    {
        var id = await _desks.AddBookingAsync(null, null, Enumerable.Range(0, LineEditors).Select(i => $"Line {i}").ToArray());
        var editors = await OpenAllAsync(id);
        var stopwatch = Stopwatch.StartNew();

        var results = await Task.WhenAll(editors.Select((editor, i) => Task.Run(() =>
        {
            Change(editor.Draft, i);
            return editor.Service.SaveAsync(editor.Draft, editor.Original);
        })));

        stopwatch.Stop();
        Assert.All(results, r => Assert.True(r is SaveResult.Saved or SaveResult.Merged, $"Expected saved or merged, got {r}"));
        var stored = (await _desks.ReloadAsync(id))!;
        var expected = BookingDraft.From(stored, TestHotel.Clock());
        var lost = new List<string>();
        for (var i = 0; i < Writers; i++)
            if (!IsPresent(expected, i)) lost.Add($"writer {i}");
        output.WriteLine($"{Writers} writers in {stopwatch.ElapsedMilliseconds} ms: {results.Count(r => r is SaveResult.Saved)} saved straight, " +
                         $"{results.Count(r => r is SaveResult.Merged)} merged, {results.Count(r => r is SaveResult.Conflict)} conflicts, {lost.Count} lost updates");
        Assert.Empty(lost);
    }

    [Fact]
    public async Task Fifty_writers_on_the_same_field_each_land_or_see_a_conflict_and_none_vanishes()
    {
        var id = await _desks.AddBookingAsync();
        var editors = await OpenAllAsync(id);

        var results = await Task.WhenAll(editors.Select((editor, i) => Task.Run(() =>
        {
            editor.Draft.Notes = $"Notes of writer {i}";
            return editor.Service.SaveAsync(editor.Draft, editor.Original);
        })));
        var landed = Landed(results);
        var conflicts = results.Select((r, i) => (r, i)).Where(x => x.r is SaveResult.Conflict).ToList();
        // Everyone who saw a conflict keeps their own notes, all at once: again each lands or sees the next conflict.
        var resolutions = await Task.WhenAll(conflicts.Select(x => Task.Run(() => ((SaveResult.Conflict)x.r).ResolveAsync(
            new Dictionary<MergeKey, FieldChoice> { ["Notes"] = FieldChoice.Mine }))));
        var landedOnResolve = Landed(resolutions, conflicts.Select(x => x.i).ToArray());

        output.WriteLine($"First round: {landed.Count} landed, {conflicts.Count} conflicts; resolving with 'mine': " +
                         $"{landedOnResolve.Count} landed, {resolutions.Count(r => r is SaveResult.Conflict)} conflicts again");
        Assert.Equal(Writers, landed.Count + conflicts.Count);
        Assert.Equal(conflicts.Count, landedOnResolve.Count + resolutions.Count(r => r is SaveResult.Conflict));
        Assert.All(conflicts, x => Assert.Equal($"Notes of writer {x.i}", ((SaveResult.Conflict)x.r).Merge.Fields.Single().Mine));
        var final = (await _desks.ReloadAsync(id))!.Notes;
        Assert.Contains(final, landed.Concat(landedOnResolve).Select(i => $"Notes of writer {i}"));

        // The audit log agrees: exactly the saves reported as landed wrote the notes, each once; nothing else did.
        await using var db = database.CreateContext();
        var audited = (await AuditLog.ForRowAsync(db, ChangeTable.Bookings, id, 1000))
            .Where(e => e.Operation == "UPDATE" && e.Columns.ContainsKey("notes")).Select(e => e.NewText("notes")).ToList();
        Assert.Equal(landed.Concat(landedOnResolve).Select(i => $"Notes of writer {i}").Order(), audited.Order());
    }

    private async Task<List<(BookingService Service, BookingMergeService Merges, BookingDraft Draft, BookingDraft Original)>> OpenAllAsync(int id)
    {
        var editors = new List<(BookingService, BookingMergeService, BookingDraft, BookingDraft)>();
        for (var i = 0; i < Writers; i++)
        {
            var writer = new TestUser($"writer-{i}", $"Writer {i}", "Staff");
            var service = ServiceFor(database, writer);
            var (draft, original) = await OpenAsync(service, id);
            editors.Add((service, MergesFor(database, writer), draft, original));
        }
        return editors;
    }

    /// <summary>Writer i's own change: a booking field, an existing line's price, a new service or a new reminder.</summary>
    private static void Change(BookingDraft draft, int i)
    {
        if (i < FieldChanges.Length) FieldChanges[i](draft);
        else if (i < FieldChanges.Length + LineEditors) draft.Services.Single(s => s.Description == $"Line {i - FieldChanges.Length}").UnitPrice = 100 + i;
        else if (i % 2 == 0) draft.Services.Add(new ServiceLine { Description = $"Service of writer {i}", UnitPrice = i });
        else draft.Reminders.Add(new ReminderLine { DueAt = new DateTime(2027, 5, 1, 9, 0, 0), Text = $"Reminder of writer {i}" });
    }

    private static bool IsPresent(BookingDraft stored, int i)
    {
        if (i < FieldChanges.Length)
        {
            var expected = stored.Copy();
            FieldChanges[i](expected);
            return BookingMergeSnapshot(expected) == BookingMergeSnapshot(stored);
        }
        if (i < FieldChanges.Length + LineEditors)
            return stored.Services.Single(s => s.Description == $"Line {i - FieldChanges.Length}").UnitPrice == 100 + i;
        return i % 2 == 0
            ? stored.Services.Count(s => s.Description == $"Service of writer {i}") == 1
            : stored.Reminders.Count(r => r.Text == $"Reminder of writer {i}") == 1;
    }

    private static string BookingMergeSnapshot(BookingDraft d) =>
        $"{d.Notes}|{d.Adults}|{d.Children}|{d.RatePerNight:0.00}|{d.AmountPaid:0.00}|{d.PaymentStatus}|{d.CheckOut}|{d.Status}";

    private static List<int> Landed(SaveResult[] results, int[]? writers = null) => results
        .Select((r, i) => (r, writer: writers?[i] ?? i))
        .Where(x => x.r is SaveResult.Saved or SaveResult.Merged)
        .Select(x => x.writer).ToList();
}
