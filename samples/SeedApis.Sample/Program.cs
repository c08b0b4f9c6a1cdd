using System.Net;
using System.Reflection;
using System.Text;

// TrustPager.* and Mindhunters.* were generated from the markdown in specs/ while this project compiled.
Report(typeof(TrustPager.TrustPagerClient), "specs/trustpager/trustpager-full-reference.md");
Report(typeof(Mindhunters.MindhuntersClient), "specs/mindhunters/*.md, *.txt (Api=\"Mindhunters\")");

// One call through each client, answered in-process: what goes on the wire comes from the docs.
using var trustPagerHttp = new HttpClient(new EchoHandler("""{"data":[],"next_cursor":null}"""));
var trustPager = new TrustPager.TrustPagerClient(trustPagerHttp);
await trustPager.Contacts.GetAsync(search: "Sarah", limit: 10);

using var mindhuntersHttp = new HttpClient(new EchoHandler("""{"success":true,"message":"Pool created successfully","data":{"uuid":"3c90c3cc-0d44-4b50-8888-8dd25736052a","name":"VIP customers"}}"""));
var mindhunters = new Mindhunters.MindhuntersClient(mindhuntersHttp);
var created = await mindhunters.PostPoolsAsync(new Mindhunters.PostPoolsRequest { Name = "VIP customers", Description = "High-value leads" });
Console.WriteLine($"PostPoolsAsync -> success={created.Success}, pool {created.Data?.Name} ({created.Data?.Uuid})");

static void Report(Type client, string source)
{
    // Operations live on the client and on one group per tag; each is one plain method (the WithResponse and All
    // variants are counted with it).
    var owners = new[] { client }.Concat(client.GetProperties().Select(p => p.PropertyType).Where(t => t.IsInterface && t.Namespace == client.Namespace)).ToList();
    var methods = owners.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal) && !m.Name.EndsWith("AllAsync", StringComparison.Ordinal))
        .ToList();
    var operations = methods.Count;
    var deprecated = methods.Count(m => m.GetCustomAttribute<ObsoleteAttribute>() is not null);
    // Models are the records, enums and unions: each carries its own JsonConverter.
    var models = client.Assembly.GetTypes().Count(t => t.Namespace == client.Namespace && !t.IsNested && t.GetNestedType("JsonConverter") is not null);
    Console.WriteLine($"{client.FullName}: {operations} operations ({deprecated} deprecated), {models} models, from {source}; default base URL {client.GetField("DefaultBaseUrl")!.GetValue(null)}");
}

/// <summary>Prints each request line and answers with a fixed JSON body.</summary>
internal sealed class EchoHandler(string json) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  -> {request.Method} {request.RequestUri}");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
