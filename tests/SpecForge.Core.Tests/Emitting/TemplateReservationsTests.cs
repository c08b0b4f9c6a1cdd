using System.Linq;
using SpecForge.Core.Collections;
using SpecForge.Core.Emitting;

namespace SpecForge.Core.Tests.Emitting;

/// <summary>The <c>{{ # reserves: ... }}</c> comment of an override: the type names it declares beside the defaults'.</summary>
public sealed class TemplateReservationsTests
{
    [Fact]
    public void Names_are_read_from_every_override_with_the_client_name_placeholder_kept_for_later()
    {
        var overrides = new[]
        {
            new TemplateOverride("ClientOptions.sbncs", "/t/ClientOptions.sbncs", "{{~ # reserves: {ClientName}Extras, Clock ~}}\nnamespace {{ Namespace }} { }\n"),
            new TemplateOverride("Dto.Members.sbncs", "/t/Dto.Members.sbncs", "{{ # reserves: Clock }}\n{{ # not a reservation }}\n"),
        }.ToEquatableArray();

        var names = TemplateReservations.In(overrides);

        Assert.Equal(new[] { "Clock", "{ClientName}Extras" }, names.ToArray());
        Assert.Equal("PetsClientExtras", TemplateReservations.ForClient(names[1], "PetsClient"));
    }

    [Fact]
    public void Templates_without_the_comment_reserve_nothing()
    {
        var overrides = new[] { new TemplateOverride("Dto.Members.sbncs", "/t/Dto.Members.sbncs", "// {{ TypeName }} reserves: nothing\n") }.ToEquatableArray();

        Assert.Empty(TemplateReservations.In(overrides));
    }
}
