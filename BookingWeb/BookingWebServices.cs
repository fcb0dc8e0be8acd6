using BookingWeb.Collaboration.Activity;
using BookingWeb.Collaboration.Editing;
using BookingWeb.Collaboration.History;
using BookingWeb.Collaboration.Live;
using BookingWeb.Collaboration.Merging;
using BookingWeb.Collaboration.Presence;
using BookingWeb.Features.Accounts;
using BookingWeb.Features.Bookings;
using BookingWeb.Features.Calendar;
using BookingWeb.Features.Dashboard;
using BookingWeb.Features.Guests;
using BookingWeb.Features.Reports;
using BookingWeb.Features.Rooms;
using BookingWeb.Features.Users;
using BookingWeb.Platform.Clock;
using BookingWeb.Platform.Data;
using BookingWeb.Platform.Hosting;
using BookingWeb.Platform.Identity;
using BookingWeb.Platform.Localization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using MudBlazor.Services;
using BookingWeb.Features.Bookings.List;
using BookingWeb.Features.Bookings.Saving;

namespace BookingWeb;

/// <summary>Every service the app registers, layer by layer, in one place. The tests register the parts they need.</summary>
public static class BookingWebServices
{
    public static IServiceCollection AddBookingWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = FieldLimits.CircuitMessageBytes);
        // Toasts bottom right: at the top they covered the booking editor's price panel.
        services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        if (environment.IsProduction())
            services.AddLogging(logging => logging.AddJsonConsole(options => (options.IncludeScopes, options.UseUtcTimestamp) = (true, true)));
        return services
            .AddHotelClock(configuration).AddLanguages().AddData<StaffDbContextFactory>(configuration).AddHosting(configuration, environment)
            .AddAccounts(configuration).AddRealtime(configuration).AddPresence(configuration).AddCollaboration()
            .AddBookings().AddGuests().AddRooms().AddDashboard().AddCalendar().AddReports().AddUsers();
    }

    // Platform

    /// <summary>
    /// The database, its options and startup. <typeparamref name="TContextFactory"/> makes each scope's contexts (the
    /// app's knows who is working: the triggers record them).
    /// </summary>
    public static IServiceCollection AddData<TContextFactory>(this IServiceCollection services, IConfiguration configuration)
        where TContextFactory : class, IDbContextFactory<BookingDbContext>
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{DatabaseOptions.ConnectionStringName} (see docs/operating.md, Configuration).");
        connectionString = ConnectionPool.WithDefaultMaxPoolSize(connectionString);
        var timeout = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.CommandTimeoutSeconds ?? 30;
        // Scoped, so that each context knows who is working in the circuit or request that creates it.
        services.AddDbContextFactory<BookingDbContext, TContextFactory>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(timeout)), ServiceLifetime.Scoped);
        return services.AddScoped<DatabaseStartup>();
    }

    /// <summary>The person's language for every text and number, MudBlazor's own texts included.</summary>
    public static IServiceCollection AddLanguages(this IServiceCollection services) => services
        .AddSingleton<StaffCultures>()
        .AddTransient<MudLocalizer, MudTexts>();

    /// <summary>What running as one of several instances behind a proxy needs: shared keys, proxy trust, health, metrics and traces.</summary>
    public static IServiceCollection AddHosting(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSharedDataProtection(configuration, environment);
        var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options => ProxyOptions.Configure(options, proxy));
        services.AddBookingWebHealthChecks();
        services.AddMetrics().AddTelemetry(configuration);
        return services.AddSingleton<BookingWebMetrics>();
    }

    // Collaboration

    /// <summary>Live updates: the change feed pages subscribe to and the one listener per instance that fills it.</summary>
    public static IServiceCollection AddRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ListenerOptions>()
            .Bind(configuration.GetSection(ListenerOptions.Section))
            .PostConfigure(options => options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<SharedReads>();
        services.AddSingleton<ChangeListener>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeListener>());
        services.AddHealthChecks().AddCheck<ListenerHealthCheck>("live-updates", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    /// <summary>Who has which booking open, on every instance.</summary>
    public static IServiceCollection AddPresence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PresenceOptions>().Bind(configuration.GetSection(PresenceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PresenceService>();
        services.AddHostedService(provider => provider.GetRequiredService<PresenceService>());
        return services.AddScoped<CircuitHandler, PresenceCircuitHandler>();
    }

    /// <summary>Saving and merging, and who changed what: the toasts, the changed-elsewhere banner and the History tabs.</summary>
    public static IServiceCollection AddCollaboration(this IServiceCollection services) => services
        .AddScoped<SavePipeline>()
        .AddScoped<MergeFlow>()
        .AddScoped<ChangeDescriber>()
        .AddScoped<ChangeConfirmation>()
        .AddScoped<RecordHistory>();

    // Features

    public static IServiceCollection AddBookings(this IServiceCollection services) => services
        .AddScoped<BookingService>()
        .AddScoped<BookingMergeService>()
        .AddScoped<BookingQueries>();

    public static IServiceCollection AddGuests(this IServiceCollection services) => services.AddRecords<Guest, GuestRules, GuestService>();

    public static IServiceCollection AddRooms(this IServiceCollection services) => services.AddRecords<Room, RoomRules, RoomService>();

    /// <summary>A single-table record kind: its rules (also for its forms) and its store (also for its editor page).</summary>
    private static IServiceCollection AddRecords<TRecord, TRules, TStore>(this IServiceCollection services)
        where TRecord : Entity, new() where TRules : RecordRules<TRecord> where TStore : RecordStore<TRecord> => services
        .AddSingleton<TRules>().AddSingleton<RecordRules<TRecord>>(provider => provider.GetRequiredService<TRules>())
        .AddScoped<TStore>().AddScoped<RecordStore<TRecord>>(provider => provider.GetRequiredService<TStore>());

    public static IServiceCollection AddDashboard(this IServiceCollection services) => services.AddScoped<DashboardService>();

    public static IServiceCollection AddCalendar(this IServiceCollection services) => services.AddScoped<CalendarService>();

    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddScoped<ReportService>();

    /// <summary>The account pages' service, and Identity's refusals in the reader's language (whichever of this and AddIdentity comes first).</summary>
    public static IServiceCollection AddUsers(this IServiceCollection services) => services
        .AddScoped<StaffAccountService>()
        .AddScoped<IdentityErrorDescriber, StaffIdentityErrors>();
}
