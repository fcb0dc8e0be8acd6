using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BookingWeb.Platform.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the app or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BookingDbContext>
{
    public BookingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BookingDbContext>()
            .UseNpgsql("Host=localhost;Database=bookingweb_design", npgsql => npgsql.MigrationsAssembly(typeof(BookingDbContext).Assembly.GetName().Name))
            .Options;
        return new BookingDbContext(options);
    }
}
