using System.Net;
using System.Reflection;
using System.Text;
using Petstore;

// Everything under the Petstore namespace was generated from petstore.yaml while this project compiled.
Console.WriteLine($"PetstoreClient (generated at compile time from petstore.yaml), default base URL {PetstoreClient.DefaultBaseUrl}");
Console.WriteLine("Operations:");
foreach (var method in typeof(PetstoreClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
             .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
             .OrderBy(m => m.Name, StringComparer.Ordinal))
{
    var parameters = string.Join(", ", method.GetParameters().Select(p => $"{Display(p.ParameterType)} {p.Name}"));
    Console.WriteLine($"  {Display(method.ReturnType)} {method.Name}({parameters})");
}

// One real call through the typed client, answered in-process so the sample needs no network.
using var http = new HttpClient(new CannedPetHandler());
var client = new PetstoreClient(http);
var pet = await client.GetPetAsync(42);
Console.WriteLine($"GetPetAsync(42) -> {pet}");

// "Task`1[IReadOnlyList`1[Pet]]" reads better as "Task<IReadOnlyList<Pet>>".
static string Display(Type type)
{
    if (Nullable.GetUnderlyingType(type) is { } inner)
    {
        return Display(inner) + "?";
    }

    if (!type.IsGenericType)
    {
        return type.Name;
    }

    var name = type.Name[..type.Name.IndexOf('`')];
    return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>";
}

/// <summary>Answers every request with one pet, echoing the request line so the output shows what was sent.</summary>
internal sealed class CannedPetHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  -> {request.Method} {request.RequestUri}");
        const string json = """{"id":42,"name":"Rex","tag":"dog","birthDate":"2020-02-29","owner":{"name":"Ada"}}""";
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
