using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Mindhunters;
using TrustPager;

// TrustPager.* and Mindhunters.* were generated from the markdown in specs/ while this project compiled: the typed
// clients, and (because this project references ASP.NET Core) a mock server of each API, run by the same engine as
// `specforge mock`.
var log = new SampleLog();
Report(typeof(TrustPagerClient), "specs/trustpager/trustpager-full-reference.md");
Report(typeof(MindhuntersClient), "specs/mindhunters/*.md, *.txt (Api=\"Mindhunters\")");

// Both mocks in one Kestrel on loopback, each under its own prefix; port 0 takes any free port.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
var app = builder.Build();
app.MapGroup("/trustpager").MapTrustPagerMock(new SeedApis.Sample.SpecForge.Mocking.MockServerOptions { Stateful = true });
app.MapGroup("/mindhunters").MapMindhuntersMock();
await app.StartAsync();
var address = app.Urls.First();
Console.WriteLine($"Mocks listening on {address}/trustpager and {address}/mindhunters");

using var http = new HttpClient();
await TrustPagerTour.RunAsync(http, address + "/trustpager", log);
await MindhuntersTour.RunAsync(http, address + "/mindhunters", log);
await app.StopAsync();

Console.WriteLine(log.Failures == 0 ? "Everything behaved as the docs say." : $"{log.Failures} step(s) did not behave as expected.");
return log.Failures == 0 ? 0 : 1;

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
    Console.WriteLine($"{client.FullName}: {operations} operations ({deprecated} deprecated), {models} models, from {source}");
}
