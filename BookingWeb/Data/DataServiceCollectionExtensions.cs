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

        var timeout = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.CommandTimeoutSeconds ?? 30;
        services.AddDbContextFactory<BookingDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(timeout)));
        services.AddScoped<DatabaseStartup>();
        return services;
    }
}
