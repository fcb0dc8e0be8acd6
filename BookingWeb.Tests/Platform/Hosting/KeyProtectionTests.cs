using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BookingWeb.Tests.Platform.Hosting;

/// <summary>
/// The data-protection keys (they sign every sign-in cookie) live in the database, shared by every instance:
/// encrypted with the operator's certificate, so a database dump or read access is not enough to forge a cookie.
/// </summary>
public class KeyProtectionTests
{
    private const string Purpose = "KeyProtectionTests";

    [Fact]
    public async Task A_key_is_stored_encrypted_with_the_operators_certificate_and_another_instance_with_it_reads_what_the_first_signed()
    {
        await WithDatabaseAsync(async connectionString =>
        {
            var certificate = KeyCertificate.Create();
            var signed = await ProtectAsync(connectionString, "cookie", certificate.Settings());

            var stored = Assert.Single(await StoredKeysAsync(connectionString));
            Assert.Contains("<encryptedSecret", stored);
            Assert.DoesNotContain("<masterKey", stored);
            Assert.Equal("cookie", await UnprotectAsync(connectionString, signed, certificate.Settings()));
        });
    }

    [Fact]
    public async Task After_the_certificate_is_replaced_keys_encrypted_with_the_previous_one_decrypt_only_while_it_is_kept()
    {
        await WithDatabaseAsync(async connectionString =>
        {
            var previous = KeyCertificate.Create();
            var signed = await ProtectAsync(connectionString, "cookie", previous.Settings());
            var current = KeyCertificate.Create();

            Assert.Equal("cookie", await UnprotectAsync(connectionString, signed, [.. current.Settings(), .. previous.Settings("DataProtection:PreviousCertificates:0")]));
            await Assert.ThrowsAnyAsync<Exception>(() => UnprotectAsync(connectionString, signed, current.Settings()));
        });
    }

    [Fact]
    public async Task A_production_start_without_a_certificate_refuses_and_names_the_setting()
    {
        await WithDatabaseAsync(connectionString =>
        {
            var refused = Assert.Throws<InvalidOperationException>(() => LoggedStart.Build("Production", connectionString));
            Assert.Contains("set DataProtection__Certificate__Path", refused.Message);
            Assert.Contains("DataProtection__AllowUnencryptedKeys=true", refused.Message);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Unencrypted_keys_an_operator_opted_into_or_the_earlier_version_stored_still_work_once_a_certificate_is_set()
    {
        await WithDatabaseAsync(async connectionString =>
        {
            var signed = await ProtectAsync(connectionString, "cookie", "--DataProtection:AllowUnencryptedKeys=true");
            Assert.Contains("<masterKey", Assert.Single(await StoredKeysAsync(connectionString)));

            Assert.Equal("cookie", await UnprotectAsync(connectionString, signed, KeyCertificate.Create().Settings()));
        });
    }

    private static async Task<string> ProtectAsync(string connectionString, string text, params string[] settings)
    {
        await using var start = LoggedStart.Build("Production", connectionString, settings);
        return start.App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect(text);
    }

    private static async Task<string> UnprotectAsync(string connectionString, string signed, params string[] settings)
    {
        await using var start = LoggedStart.Build("Production", connectionString, settings);
        return start.App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(signed);
    }

    private static async Task<List<string>> StoredKeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return keys;
    }

    private static async Task WithDatabaseAsync(Func<string, Task> test)
    {
        var database = new DatabaseFixture();
        await database.InitializeAsync();
        try { await test(database.ConnectionString); }
        finally { await database.DisposeAsync(); }
    }
}
