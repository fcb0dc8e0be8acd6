using BookingWeb.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Platform.Identity;

/// <summary>Every context a scope creates knows who is saving and from which circuit (see <see cref="SessionSettingsInterceptor"/>).</summary>
public sealed class StaffDbContextFactory(DbContextOptions<BookingDbContext> options, StaffSession session, TimeProvider clock)
    : IDbContextFactory<BookingDbContext>
{
    public BookingDbContext CreateDbContext() =>
        new(options) { Actor = session.Current.UserId, Origin = session.CircuitId, Clock = clock };
}
