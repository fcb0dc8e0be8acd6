namespace BookingWeb.Platform.Hosting;

/// <summary>
/// How the data-protection keys (they sign sign-in cookies and anti-forgery tokens) are encrypted before they are
/// stored in the database: with a certificate the operator provides, so that read access to the database or a
/// backup is not enough to forge a cookie. Section "DataProtection" (docs/operating.md, "Keys").
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>Encrypts new keys and decrypts them (a PFX/PKCS#12 file with its private key).</summary>
    public CertificateFile? Certificate { get; set; }

    /// <summary>Certificates replaced by <see cref="Certificate"/>: kept only to decrypt the keys they encrypted.</summary>
    public List<CertificateFile> PreviousCertificates { get; set; } = [];

    /// <summary>Store keys unencrypted in Production after all; logged as a warning on every start.</summary>
    public bool AllowUnencryptedKeys { get; set; }
}

public sealed class CertificateFile
{
    public string Path { get; set; } = "";
    public string? Password { get; set; }
}
