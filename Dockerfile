# BookingWeb as a container: built with the .NET 10 SDK, run on the slim ASP.NET runtime as a non-root user.
#   docker build -t bookingweb .      (or: docker compose up, see docker-compose.yml)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so this layer stays cached until a package changes.
# BlazorFrameworkScript.targets downloads the runtime pack that carries blazor.web.js (docs/decisions/0002).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY BookingWeb/BookingWeb.csproj BookingWeb/BlazorFrameworkScript.targets BookingWeb/
RUN dotnet restore BookingWeb/BookingWeb.csproj
COPY . .
RUN dotnet publish BookingWeb/BookingWeb.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The image's unprivileged 'app' user.
USER $APP_UID
ENTRYPOINT ["dotnet", "BookingWeb.dll"]
