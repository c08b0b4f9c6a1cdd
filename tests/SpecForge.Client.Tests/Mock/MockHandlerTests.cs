using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MockPets;
using SpecForge.Client.Tests.SpecForge.Mocking;

namespace SpecForge.Client.Tests.Mock;

/// <summary>
/// The generated client against the generated <c>MockPetsMockHandler</c>, in process: examples, the Prefer header,
/// security, media types, methods, validation and stateful mode, as the contract (and Prism) have them.
/// </summary>
public sealed class MockHandlerTests
{
    private const string BaseUrl = "http://mock.test/";

    [Fact]
    public async Task Without_a_preference_the_first_named_example_is_returned()
    {
        using var http = Http(new MockPetsMockHandler());

        var pet = await Client(http).GetPetAsync(7);

        Assert.Equal((1L, "Rex", PetStatus.Available), (pet.Id, pet.Name, pet.Status));
    }

    [Fact]
    public async Task Prefer_example_picks_the_named_example()
    {
        using var http = Http(new MockPetsMockHandler(), "example=tom");

        var pet = await Client(http).GetPetAsync(7);

        Assert.Equal((2L, "Tom", PetStatus.Sold), (pet.Id, pet.Name, pet.Status));
    }

    [Fact]
    public async Task Prefer_code_returns_that_documented_response_as_a_typed_error()
    {
        using var http = Http(new MockPetsMockHandler(), "code=404");

        var error = await Assert.ThrowsAsync<ApiException<PetError>>(() => Client(http).GetPetAsync(7));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(("not_found", "No such pet."), (error.Error.Code, error.Error.Message));
    }

    [Fact]
    public async Task Prefer_dynamic_synthesizes_a_valid_pet_the_same_way_for_the_same_seed()
    {
        using var first = Http(new MockPetsMockHandler(new MockServerOptions { Seed = 5 }), "dynamic=true");
        using var second = Http(new MockPetsMockHandler(new MockServerOptions { Seed = 5 }), "dynamic=true");

        var pet = await Client(first).GetPetAsync(7);
        var again = await Client(second).GetPetAsync(7);

        Assert.NotEqual("Rex", pet.Name);
        Assert.InRange(pet.Id, 1L, long.MaxValue);
        Assert.InRange(pet.Name.Length, 1, 40);
        Assert.Equal(pet, again);
    }

    [Fact]
    public async Task A_secured_operation_without_a_token_is_401_and_an_open_one_is_served()
    {
        using var http = Http(new MockPetsMockHandler());
        var anonymous = Client(http, token: null);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => anonymous.ListPetsAsync());
        var health = await anonymous.GetHealthAsync();

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("ok", health.Status.ToString());
    }

    [Fact]
    public async Task A_body_of_a_media_type_the_operation_does_not_take_is_415()
    {
        using var http = Http(new MockPetsMockHandler());
        using var request = new HttpRequestMessage(HttpMethod.Post, BaseUrl + "pets") { Content = new StringContent("name=Rex", Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "tok");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_known_path_with_an_undocumented_method_is_405_with_allow()
    {
        using var http = Http(new MockPetsMockHandler());
        using var request = new HttpRequestMessage(HttpMethod.Put, BaseUrl + "pets");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "tok");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var allowed = response.Content.Headers.Allow.Concat(response.Headers.TryGetValues("Allow", out var values) ? values : Array.Empty<string>())
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(new[] { "GET", "POST" }, allowed.Select(m => m.ToUpperInvariant()).Distinct().OrderBy(m => m, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_body_that_breaks_the_schema_is_422_with_the_violations_as_problem_details()
    {
        using var http = Http(new MockPetsMockHandler());
        var lenient = new MockPetsClient(http, new MockPetsClientOptions { BaseUrl = BaseUrl, BearerAuthToken = "tok", ValidateRequests = false });

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => lenient.CreatePetAsync(new NewPet { Name = "" }));

        Assert.Equal(422, error.StatusCode);
        var errors = error.Problem!.Extensions["errors"].EnumerateArray().ToList();
        var violation = Assert.Single(errors);
        Assert.Equal(("/body/name", "minLength"), (violation.GetProperty("path").GetString(), violation.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Stateful_mode_serves_what_was_created_until_it_is_deleted()
    {
        using var http = Http(new MockPetsMockHandler(new MockServerOptions { Stateful = true }));
        var client = Client(http);

        var created = await client.CreatePetAsync(new NewPet { Name = "Kitty", Status = PetStatus.Pending });
        var read = await client.GetPetAsync(created.Id);
        var listed = await client.ListPetsAsync();
        await client.DeletePetAsync(created.Id);
        var gone = await Assert.ThrowsAnyAsync<ApiException>(() => client.GetPetAsync(created.Id));

        Assert.Equal(("Kitty", PetStatus.Pending), (created.Name, created.Status));
        Assert.Equal(created, read);
        Assert.Contains(created, listed);
        Assert.Equal(404, gone.StatusCode);
    }

    [Fact]
    public async Task The_handler_serves_the_normalized_spec_at_openapi_json()
    {
        using var http = Http(new MockPetsMockHandler());

        using var spec = JsonDocument.Parse(await http.GetStringAsync(BaseUrl + "openapi.json"));

        Assert.StartsWith("3.1", spec.RootElement.GetProperty("openapi").GetString());
        Assert.True(spec.RootElement.GetProperty("paths").TryGetProperty("/pets/{petId}", out _));
    }

    private static HttpClient Http(HttpMessageHandler mock, string? prefer = null) =>
        new(prefer is null ? mock : new PreferHandler(prefer) { InnerHandler = mock });

    private static MockPetsClient Client(HttpClient http, string? token = "tok") =>
        new(http, new MockPetsClientOptions { BaseUrl = BaseUrl, BearerAuthToken = token });

    /// <summary>Adds a Prefer header to every request, as a test of an error path would.</summary>
    private sealed class PreferHandler(string preference) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("Prefer", preference);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
