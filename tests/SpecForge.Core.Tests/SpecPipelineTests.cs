using System.Linq;
using SpecForge.Core.Collections;
using SpecForge.Core.Diagnostics;
using SpecForge.Core.Emitting;
using SpecForge.Core.Modeling;

namespace SpecForge.Core.Tests;

/// <summary>The pipeline's boundary: whatever goes wrong inside becomes a diagnostic, never an exception.</summary>
public sealed class SpecPipelineTests
{
    [Fact]
    public void An_unexpected_failure_while_reading_is_SF9999_not_an_exception()
    {
        var result = SpecPipeline.Parse(new SpecInput("/specs/api.yaml", null!, "Api", "ApiClient"));

        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SF9999", SpecSeverity.Error, "/specs/api.yaml"), (diagnostic.Id, diagnostic.Severity, diagnostic.FilePath));
        Assert.Contains("NullReferenceException", diagnostic.Message);
    }

    [Fact]
    public void An_unexpected_failure_while_emitting_is_SF9999_not_an_exception()
    {
        // A path variable with no matching parameter cannot come out of the model builder, which synthesizes one.
        var broken = new ApiModel("Api", "ApiClient", "T", "1", null, null, EquatableArray<DtoModel>.Empty, new[]
        {
            new OperationModel("GetAsync", "GET", "/things/{id}", null, null, null, false, EquatableArray<string>.Empty,
                EquatableArray<ParameterModel>.Empty, null, null),
        }.ToEquatableArray());

        var result = SpecPipeline.Emit(broken, EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);

        Assert.Equal("SF9999", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_rule_the_spec_breaks_is_a_warning_and_generation_goes_on()
    {
        var yaml = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /users:\n    get:\n      operationId: listUsers\n      responses: {}\n";

        var (parsed, emitted) = SpecPipeline.Run(SpecInput.Create("/specs/api.yaml", yaml, null, null, null), EquatableArray<TemplateOverride>.Empty, EmitOptions.Latest);

        var warning = Assert.Single(parsed.Diagnostics);
        Assert.Equal(("SF1005", SpecSeverity.Warning, 7), (warning.Id, warning.Severity, warning.Line));
        Assert.Contains(emitted!.Files, f => f.HintName == "ApiClient.Client.g.cs" && f.Source.Contains("ListUsersAsync"));
    }

    [Fact]
    public void Defaults_for_names_come_from_the_file_name()
    {
        var input = SpecInput.Create("/x/petstore.openapi.yaml", "", null, null, "My.App");

        Assert.Equal(("My.App.Petstore", "PetstoreClient"), (input.Namespace, input.ClientName));
    }

    [Theory]
    [InlineData("My_Api", "My_Client", "My_Api", "My_Client")]
    [InlineData("acme.people", "PeopleClient", "acme.people", "PeopleClient")]
    [InlineData("my-api", "my-client", "MyApi", "MyClient")]
    // An all-lower-case type name draws CS8981 (it may become a keyword), so only that is Pascal-cased; a namespace is not a type.
    [InlineData("acme", "pets", "acme", "Pets")]
    public void Names_the_user_wrote_are_used_as_written_when_they_are_valid_csharp(string @namespace, string clientName, string expectedNamespace, string expectedClient)
    {
        var input = SpecInput.Create("/x/a.yaml", "", @namespace, clientName, null);

        Assert.Equal((expectedNamespace, expectedClient), (input.Namespace, input.ClientName));
    }
}
