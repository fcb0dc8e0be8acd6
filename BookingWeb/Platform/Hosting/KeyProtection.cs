using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BookingWeb.Platform.Data;
using Microsoft.AspNetCore.DataProtection;

namespace BookingWeb.Platform.Hosting;

/// <summary>One key ring for every instance, kept in the database and encrypted with the operator's certificate.</summary>
internal static class KeyProtection
{
    public const string CertificatePathSetting = "DataProtection__Certificate__Path";
    public const string OptOutSetting = "DataProtection__AllowUnencryptedKeys";

    public static void AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        // One application name for every instance: otherwise the key ring is isolated per content root path.
        var dataProtection = services.AddDataProtection().SetApplicationName("BookingWeb").PersistKeysToDbContext<BookingDbContext>();

        if (options.Certificate is { Path.Length: > 0 } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(Load(certificate, "DataProtection__Certificate"));
            if (options.PreviousCertificates.Count > 0)
                dataProtection.UnprotectKeysWithAnyCertificate(
                    [.. options.PreviousCertificates.Select((previous, i) => Load(previous, $"DataProtection__PreviousCertificates__{i}"))]);
            return;
        }
        if (environment.IsProduction() && !options.AllowUnencryptedKeys)
            throw new InvalidOperationException(
                $"BookingWeb will not store its sign-in keys unencrypted in the database: set {CertificatePathSetting} (and " +
                $"DataProtection__Certificate__Password) to a PFX certificate, or {OptOutSetting}=true to accept the risk (docs/operating.md, \"Keys\").");
        if (!environment.IsDevelopment())
            services.AddHostedService<UnencryptedKeysWarning>();
    }

    private static X509Certificate2 Load(CertificateFile file, string setting)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file.Path, file.Password, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
                throw new InvalidOperationException($"The certificate in {setting}__Path ({file.Path}) has no private key, so it cannot decrypt keys.");
            return certificate;
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"The certificate in {setting}__Path ({file.Path}) could not be read: {e.Message} Check the path and {setting}__Password.", e);
        }
    }

    private sealed class UnencryptedKeysWarning(ILogger<UnencryptedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning(
                "Data-protection keys are stored unencrypted in the database ({OptOutSetting}, or not Production): anyone who can read " +
                "the database or a backup can forge a sign-in. Set {CertificatePathSetting} to encrypt them.", OptOutSetting, CertificatePathSetting);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
