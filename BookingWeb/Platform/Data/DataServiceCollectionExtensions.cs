using BookingWeb.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Platform.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "BookingWeb";

    /// <summary>
    /// The database, its options and startup. <typeparamref name="TContextFactory"/> makes each scope's contexts (the
    /// app's knows who is working: the triggers record them).
    /// </summary>
    public static IServiceCollection AddData<TContextFactory>(this IServiceCollection services, IConfiguration configuration)
        where TContextFactory : class, IDbContextFactory<BookingDbContext>
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} (see docs/operating.md, Configuration).");

        connectionString = ConnectionPool.WithDefaultMaxPoolSize(connectionString);
        var timeout = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.CommandTimeoutSeconds ?? 30;
        // Scoped, so that each context knows who is working in the circuit or request that creates it.
        services.AddDbContextFactory<BookingDbContext, TContextFactory>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(timeout)), ServiceLifetime.Scoped);
        services.AddScoped<DatabaseStartup>();
        return services;
    }
}
