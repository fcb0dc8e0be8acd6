using BookingWeb;
using BookingWeb.Data;

var app = BookingWebApp.Build(args);
await app.Services.MigrateAndSeedAsync();
await app.RunAsync();
