# BookingWeb as a container: built with the .NET 10 SDK, run on the ASP.NET runtime as a non-root user.
#   docker build -t bookingweb .      (or: docker compose up, see docker-compose.yml)
# Configured only by environment variables (README, "Operating BookingWeb"): ConnectionStrings__BookingWeb,
# Accounts__BootstrapAdminEmail / Accounts__BootstrapAdminPassword, DataProtection__Certificate__Path / __Password
# (a PFX file mounted into the container), Database__MigrateOnStart, Logging__*.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so this layer stays cached until a package changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY BookingWeb/BookingWeb.csproj BookingWeb/
RUN dotnet restore BookingWeb/BookingWeb.csproj
COPY . .
# The same command the published-output test runs (scripts/publish.sh).
RUN bash scripts/publish.sh /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The image's unprivileged 'app' user.
USER $APP_UID
# The app probes itself (no curl in the image): healthy once the database is migrated and live updates are connected.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["dotnet", "BookingWeb.dll", "--probe", "http://localhost:8080/health/ready"]
ENTRYPOINT ["dotnet", "BookingWeb.dll"]
