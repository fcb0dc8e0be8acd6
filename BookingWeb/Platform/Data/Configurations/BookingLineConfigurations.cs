using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookingWeb.Platform.Data.Configurations;

internal sealed class AdditionalServiceConfiguration : IEntityTypeConfiguration<AdditionalService>
{
    public void Configure(EntityTypeBuilder<AdditionalService> service)
    {
        service.ToTable("additional_services", t =>
            t.HasCheckConstraint("ck_additional_services_amounts", "quantity >= 0 AND unit_price >= 0"));
        service.ConfigureEntity();
        service.Property(s => s.Description).HasMaxLength(FieldLimits.Lines.ServiceDescription).IsRequired();
        service.Property(s => s.Quantity).HasPrecision(FieldLimits.MoneyPrecision, FieldLimits.MoneyScale);
        service.Property(s => s.UnitPrice).HasPrecision(FieldLimits.MoneyPrecision, FieldLimits.MoneyScale);
    }
}

internal sealed class DiscountConfiguration : IEntityTypeConfiguration<Discount>
{
    public void Configure(EntityTypeBuilder<Discount> discount)
    {
        discount.ToTable("discounts", t =>
            t.HasCheckConstraint("ck_discounts_value", "value >= 0 AND (kind <> 'Percent' OR value <= 100)"));
        discount.ConfigureEntity();
        discount.Property(d => d.Description).HasMaxLength(FieldLimits.Lines.DiscountDescription).IsRequired();
        discount.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        discount.Property(d => d.Value).HasPrecision(FieldLimits.MoneyPrecision, FieldLimits.MoneyScale);
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> reminder)
    {
        reminder.ToTable("reminders");
        reminder.ConfigureEntity();
        reminder.Property(r => r.Text).HasMaxLength(FieldLimits.Lines.ReminderText).IsRequired();
        reminder.Property(r => r.DoneBy).HasMaxLength(FieldLimits.StaffName);
        reminder.HasIndex(r => new { r.Done, r.DueAt }).HasDatabaseName("ix_reminders_due");
    }
}
