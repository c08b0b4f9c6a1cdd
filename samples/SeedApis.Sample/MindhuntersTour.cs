using Mindhunters;
using SeedApis.Sample.SpecForge;

/// <summary>Mindhunters' connector and pool operations through the typed client, answered by the generated mock.</summary>
internal static class MindhuntersTour
{
    public static async Task RunAsync(HttpClient http, string baseUrl, SampleLog log)
    {
        Console.WriteLine($"Mindhunters ({baseUrl})");
        var client = new MindhuntersClient(http, new MindhuntersClientOptions { BaseUrl = baseUrl, BearerAuthToken = "sample-token" });
        var lenient = new MindhuntersClient(http, new MindhuntersClientOptions { BaseUrl = baseUrl, BearerAuthToken = "sample-token", ValidateRequests = false });

        await log.RunAsync("get PBX extension connector", async () =>
        {
            var connector = await client.PBXExtensionConnectors.GetAsync(new Guid("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
            return $"success={connector.Success}, '{connector.Data?.Name}' status {connector.Data?.Status}";
        });

        await log.RunAsync("create pool 'VIP customers'", async () =>
        {
            var created = await client.PostPoolsAsync(new PostPoolsRequest { Name = "VIP customers", Description = "High-value leads, push first", Type = PostPoolsRequestType.Parallel, MaxParallelItems = 5 });
            return $"success={created.Success}, '{created.Message}', pool {created.Data?.Uuid}";
        });

        try
        {
            await lenient.PostPoolsAsync(new PostPoolsRequest { Name = "VI", Description = "too short a name", MaxParallelItems = 500 });
            log.Unexpected("the mock accepted a pool name of 2 characters and 500 parallel items");
        }
        catch (ApiException ex) when (ex.StatusCode == 422)
        {
            log.Step($"create pool 'VI' with 500 parallel items, client validation off: the mock answers {ex.StatusCode} {ex.Problem?.Title}");
            log.Errors(ex.Problem?.Extensions);
        }
    }
}
