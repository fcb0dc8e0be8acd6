using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookingWeb.Platform.Data.Configurations;

/// <summary>The table the hand-written key repository created, kept as it was so that its keys still work.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> key)
    {
        key.ToTable("data_protection_keys");
        key.Property(k => k.FriendlyName).HasMaxLength(200);
        key.Property(k => k.Xml).IsRequired();
    }
}
