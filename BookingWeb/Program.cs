using BookingWeb;
using BookingWeb.Platform.Hosting;

if (HealthProbe.IsRequested(args)) return await HealthProbe.RunAsync(args);

var app = BookingWebApp.Build(args);
await app.Services.MigrateAndSeedAsync();
await app.RunAsync();
return 0;
