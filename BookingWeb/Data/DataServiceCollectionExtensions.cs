using BookingWeb.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "BookingWeb";

    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} (see README, Configuration).");

        connectionString = ConnectionPool.WithDefaultMaxPoolSize(connectionString);
        var timeout = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.CommandTimeoutSeconds ?? 30;
        // Scoped, so that each context knows who is working in the circuit or request that creates it.
        services.AddDbContextFactory<BookingDbContext, StaffDbContextFactory>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(timeout)), ServiceLifetime.Scoped);
        services.AddScoped<DatabaseStartup>();
        return services;
    }
}
