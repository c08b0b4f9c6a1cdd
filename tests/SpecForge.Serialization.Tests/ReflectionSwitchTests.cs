using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SpecForge.Serialization.Tests;

/// <summary>Proves the other tests run with System.Text.Json's reflection switched off, so they prove the converters need none.</summary>
public sealed class ReflectionSwitchTests
{
    [Fact]
    public void Reflection_based_serialization_is_disabled_in_this_test_process()
    {
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(new Dictionary<string, int> { ["a"] = 1 }));
    }

    [Fact]
    public void A_generated_type_is_served_by_the_resolver_alone()
    {
        var json = JsonText.Write(new Types31.TreeNode { Name = "root", Children = new[] { new Types31.TreeNode { Name = "leaf" } } });

        Assert.Equal("""{"name":"root","children":[{"name":"leaf"}]}""", json);
    }
}
