using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>
/// Me, editing a record in my own context (whose UPDATEs are recorded), and Anna, saving the same record from
/// hers in between.
/// </summary>
internal sealed class TwoReceptionists(DatabaseFixture database)
{
    public UpdateRecorder Updates { get; } = new();

    public BookingDbContext MyContext() =>
        new(new DbContextOptionsBuilder<BookingDbContext>().UseNpgsql(database.ConnectionString).AddInterceptors(Updates).Options) { Actor = "me" };

    public async Task<MyEditor<T>> OpenAsync<T>(int id) where T : Entity
    {
        var db = MyContext();
        var entity = await db.Set<T>().SingleAsync(e => e.Id == id);
        return new MyEditor<T>(db, entity, EntitySnapshot.Of(db.Entry(entity)));
    }

    public async Task ChangeAsAnnaAsync<T>(int id, Action<T> change) where T : Entity
    {
        await using var anna = database.CreateContext("anna");
        change(await anna.Set<T>().SingleAsync(e => e.Id == id));
        await anna.SaveChangesAsync();
    }

    public async Task DeleteAsAnnaAsync<T>(int id) where T : Entity
    {
        await using var anna = database.CreateContext("anna");
        await anna.Set<T>().Where(e => e.Id == id).ExecuteDeleteAsync();
    }

    public async Task<T> ReloadAsync<T>(int id) where T : Entity
    {
        await using var db = database.CreateContext();
        return await db.Set<T>().AsNoTracking().SingleAsync(e => e.Id == id);
    }
}

/// <summary>A record open in my editor: my context, the tracked entity I change, and the values I loaded.</summary>
internal sealed class MyEditor<T>(BookingDbContext db, T entity, IReadOnlyDictionary<string, object?> original) : IAsyncDisposable
    where T : Entity
{
    public BookingDbContext Db { get; } = db;
    public T Entity { get; } = entity;

    public Task<MergingSave> SaveAsync() => MergingSaver.SaveAsync(Db, Db.Entry(Entity), original);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
