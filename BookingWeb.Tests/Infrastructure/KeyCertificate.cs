using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BookingWeb.Testing;

namespace BookingWeb.Tests.Infrastructure;

/// <summary>
/// A self-signed certificate in a password-protected PFX file, as an operator makes with openssl (docs/operating.md, "Keys"),
/// readable by every user so that an unprivileged app process or container can load it.
/// </summary>
public sealed record KeyCertificate(string Path, string Password)
{
    public static KeyCertificate Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=BookingWeb key encryption (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var folder = Directory.CreateTempSubdirectory("bookingweb-keys-");
        var path = System.IO.Path.Combine(folder.FullName, "keys.pfx");
        var password = Guid.NewGuid().ToString("N");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                                  UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { folder.Delete(recursive: true); } catch (IOException) { }
        };
        return new KeyCertificate(path, password);
    }

    /// <summary>The command-line settings that name this certificate, as the current one or (<paramref name="setting"/>) a previous one.</summary>
    public string[] Settings(string setting = "DataProtection:Certificate") => [$"--{setting}:Path={Path}", $"--{setting}:Password={Password}"];

    /// <summary>The environment variables an operator sets for it.</summary>
    public Dictionary<string, string> Environment(string path) => new()
    {
        ["DataProtection__Certificate__Path"] = path,
        ["DataProtection__Certificate__Password"] = Password,
    };
}
