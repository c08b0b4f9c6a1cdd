using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.Shared;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>
/// The per-call options parameter every method ends with: named <c>requestOptions</c>, placed after the cancellation
/// token, and renamed rather than renaming the spec's own parameter when the spec already uses that name.
/// </summary>
public sealed class RequestOptionsParameterTests
{
    private const string Spec = """
        openapi: 3.0.0
        info: { title: T, version: "1" }
        paths:
          /search:
            get:
              operationId: search
              parameters:
                - { name: requestOptions, in: query, schema: { type: string } }
                - { name: cancellationToken, in: query, schema: { type: string } }
                - { name: options, in: query, schema: { type: string } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } }
          /plain:
            get:
              operationId: plain
              responses:
                "204": { description: ok }
        """;

    [Fact]
    public void A_spec_parameter_named_requestOptions_keeps_its_name_and_the_options_become_requestOptions2()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/t.yaml", Spec, Namespace: "T", ClientName: "TClient") });
        GeneratedCode.AssertCleanAndCompiles(result, output);

        var search = output.GetTypeByMetadataName("T.ITClient")!.GetMembers("SearchAsync").OfType<IMethodSymbol>().Single();

        Assert.Equal(
            new[] { "requestOptions: string?", "cancellationToken2: string?", "options: string?", "cancellationToken: System.Threading.CancellationToken", "requestOptions2: T.SpecForge.RequestOptions?" },
            search.Parameters.Select(p => p.Name + ": " + p.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes))));
        Assert.All(search.Parameters.Skip(3), p => Assert.True(p.HasExplicitDefaultValue));
    }

    [Fact]
    public void Calls_that_pass_the_token_by_position_by_name_or_not_at_all_compile_beside_calls_with_options()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/t.yaml", Spec, Namespace: "T", ClientName: "TClient") });
        GeneratedCode.AssertCleanAndCompiles(result, output);
        const string Calls = """
            namespace Consumer
            {
                internal static class Calls
                {
                    public static async System.Threading.Tasks.Task RunAsync(T.ITClient client, System.Threading.CancellationToken ct)
                    {
                        await client.PlainAsync();
                        await client.PlainAsync(ct);
                        await client.PlainAsync(default);
                        await client.PlainAsync(cancellationToken: ct);
                        await client.PlainWithResponseAsync(ct, new T.SpecForge.RequestOptions());
                        await client.PlainAsync(requestOptions: new T.SpecForge.RequestOptions { Timeout = System.TimeSpan.FromSeconds(1) });
                        await client.SearchAsync("q", null, null, ct);
                        await client.SearchAsync(requestOptions: "q", requestOptions2: new T.SpecForge.RequestOptions { Headers = { ["X-A"] = "1" } });
                    }
                }
            }
            """;

        var withCalls = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Calls, GeneratorHarness.LatestParseOptions));

        var problems = Compilations.Problems(withCalls, GeneratorHarness.LatestParseOptions);
        Assert.True(problems.Count == 0, Compilations.Describe(problems));
    }
}
