using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// <c>Validators="false"</c> and <c>Client="false"</c> leave their artifacts, and the runtime parts only they call,
/// out of the compilation; what is left still compiles cleanly, alone and with the mock.
/// </summary>
public sealed class ArtifactSwitchTests
{
    private static TestFile Store(string? validators = null, string? client = null, string? mock = "false") =>
        new("/specs/store-v30.yaml", File.ReadAllText(FixtureSnapshotTests.FixturePath("store-v30.yaml")), Namespace: "Store", ClientName: "StoreClient", Mock: mock)
        {
            Validators = validators,
            Client = client,
        };

    [Fact]
    public void By_default_validators_and_client_are_emitted()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Store() });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var names = HintNames(result);
        Assert.NotEmpty(output.GetTypeByMetadataName("Store.Item")!.GetMembers("Validate"));
        Assert.Contains("StoreClient.Client.g.cs", names);
        Assert.Contains("Store.SpecForge.Validation.Checks.g.cs", names);
        Assert.Contains("Store.SpecForge.Client.ApiTransport.g.cs", names);
        Assert.Contains("Store.SpecForge.Surface.RequestOptions.g.cs", names);
        Assert.Contains("Store.SpecForge.Surface.RetryAfterHandler.g.cs", names);
        Assert.Contains("RequestValidationException", ClientText(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Validators_false_leaves_out_the_validators_their_checks_and_the_clients_request_checks()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Store(validators: "false") });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var names = HintNames(result);
        Assert.DoesNotContain(GeneratorHarness.Sources(result), s => s.Text.Contains("CollectViolations", StringComparison.Ordinal));
        Assert.DoesNotContain("Store.SpecForge.Validation.Checks.g.cs", names);
        Assert.DoesNotContain("RequestValidationException", ClientText(result), StringComparison.Ordinal);

        // The records are still there, without Validate(); the exceptions stay, since the options name them.
        var item = output.GetTypeByMetadataName("Store.Item");
        Assert.NotNull(item);
        Assert.Empty(item!.GetMembers("Validate"));
        Assert.NotNull(output.GetTypeByMetadataName("Store.SpecForge.RequestValidationException"));
    }

    [Fact]
    public void Client_false_gives_the_models_and_their_json_mapping_only()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Store(client: "false") });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var names = HintNames(result);
        Assert.DoesNotContain(names, n => n.StartsWith("StoreClient.Client", StringComparison.Ordinal) || n.StartsWith("StoreClient.Group.", StringComparison.Ordinal));
        Assert.DoesNotContain("StoreClient.Options.g.cs", names);
        Assert.DoesNotContain("Store.SpecForge.Client.ApiTransport.g.cs", names);
        Assert.DoesNotContain("Store.SpecForge.Client.Wire.g.cs", names);

        // Per-call options and the retry handler are surface types, but only a client's callers meet them.
        Assert.DoesNotContain("Store.SpecForge.Surface.RequestOptions.g.cs", names);
        Assert.DoesNotContain("Store.SpecForge.Surface.RetryAfterHandler.g.cs", names);
        Assert.Contains("Store.SpecForge.Client.JsonCodec.g.cs", names);
        Assert.Null(output.GetTypeByMetadataName("Store.StoreClient"));
        Assert.NotNull(output.GetTypeByMetadataName("Store.Item"));
        Assert.NotNull(output.GetTypeByMetadataName("Store.StoreClientJsonResolver"));
        Assert.NotEmpty(output.GetTypeByMetadataName("Store.Item")!.GetMembers("Validate"));
    }

    [Fact]
    public void Models_only_with_a_mock_still_compiles()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { Store(validators: "false", client: "false", mock: "true") });

        GeneratedCode.AssertCleanAndCompiles(result, output);
        var names = HintNames(result);
        Assert.Contains("StoreClient.MockServer.Handler.g.cs", names);
        Assert.Empty(output.GetTypeByMetadataName("Store.Item")!.GetMembers("Validate"));
        Assert.Null(output.GetTypeByMetadataName("Store.StoreClient"));
    }

    private static List<string> HintNames(GeneratorDriverRunResult result) =>
        GeneratorHarness.Sources(result).Select(s => s.HintName).ToList();

    private static string ClientText(GeneratorDriverRunResult result) =>
        string.Concat(GeneratorHarness.Sources(result).Where(s => s.HintName.StartsWith("StoreClient.Client", StringComparison.Ordinal) || s.HintName.StartsWith("StoreClient.Group.", StringComparison.Ordinal)).Select(s => s.Text));
}
