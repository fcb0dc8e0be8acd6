using BookingWeb.Shared;

namespace BookingWeb.Tests.Shared;

public class FieldChecksTests
{
    private sealed class Person
    {
        public string Name { get; set; } = "";
        public string? Email { get; set; }
    }

    private static IReadOnlyDictionary<string, string> NameRequired(Person p) =>
        string.IsNullOrWhiteSpace(p.Name) ? new Dictionary<string, string> { ["Name"] = "Name is required." } : new Dictionary<string, string>();

    [Fact]
    public void A_rule_broken_while_typing_is_reported_at_its_field_only()
    {
        var checks = new FieldChecks<Person>(NameRequired);
        var person = new Person();

        Assert.Equal(["Name is required."], checks.Validate(person, "Name"));
        Assert.Empty(checks.Validate(person, "Email"));
    }

    [Fact]
    public void A_refused_value_keeps_its_message_until_it_is_changed()
    {
        var checks = new FieldChecks<Person>(NameRequired);
        var person = new Person { Name = "Ada", Email = "ada@taken.example" };
        checks.Refuse(person, new Dictionary<string, string> { ["Email"] = "Another guest has this e-mail address." });

        Assert.Equal(["Another guest has this e-mail address."], checks.Validate(person, "Email"));
        person.Email = "ada@free.example";
        Assert.Empty(checks.Validate(person, "Email"));
        person.Email = "ada@taken.example";
        Assert.Equal(["Another guest has this e-mail address."], checks.Validate(person, "Email"));
    }
}
