using System.Text.Json;
using SeedApis.Sample.SpecForge;
using TrustPager;

/// <summary>TrustPager's contacts through the typed client, answered by the generated mock (stateful, so a created contact can be read back).</summary>
internal static class TrustPagerTour
{
    public static async Task RunAsync(HttpClient http, string baseUrl, SampleLog log)
    {
        Console.WriteLine($"TrustPager ({baseUrl})");
        var client = new TrustPagerClient(http, new TrustPagerClientOptions { BaseUrl = baseUrl, BearerAuthToken = "sample-token" });

        await log.RunAsync("list contacts (search 'Sarah', limit 10)", async () =>
            Describe(await client.Contacts.GetAsync(search: "Sarah", limit: 10)));

        var created = Guid.Empty;
        await log.RunAsync("create contact Paul +61412345678", async () =>
        {
            var contact = await client.Contacts.PostAsync(new PostContactsRequest { FirstName = "Paul", Phone = "+61412345678", Email = "paul@example.com" });
            created = IdOf(contact);
            return Describe(contact);
        });

        await log.RunAsync("get that contact", async () =>
            Describe(await client.Contacts.GetByIdAsync(created == Guid.Empty ? Guid.NewGuid() : created)));

        await log.RunAsync("walk every page of contacts", async () =>
        {
            var count = 0;
            await foreach (var _ in client.Contacts.GetAllAsync(limit: 2))
            {
                count++;
            }

            return $"{count} contact(s) over all pages";
        });

        await log.RunAsync("search contacts 'john'", async () =>
            Describe(await client.Contacts.PostSearchAsync(new PostContactsSearchRequest { Query = "john", Limit = 10 })));

        await StoppedByTheClientAsync(http, baseUrl, log);
        await RejectedByTheMockAsync(http, baseUrl, log);
        await WithoutTokenAsync(http, baseUrl, log);
    }

    // By default the client checks arguments against the spec itself, so the bad phone number never leaves the process.
    private static async Task StoppedByTheClientAsync(HttpClient http, string baseUrl, SampleLog log)
    {
        var strict = new TrustPagerClient(http, new TrustPagerClientOptions { BaseUrl = baseUrl, BearerAuthToken = "sample-token" });
        try
        {
            await strict.Contacts.PostAsync(new PostContactsRequest { FirstName = "Paul", Phone = "0412 345 678" });
            log.Unexpected("the client sent a phone number that is not E.164");
        }
        catch (RequestValidationException ex)
        {
            log.Step("create contact with phone '0412 345 678', client validation on: stopped before sending");
            foreach (var violation in ex.Violations)
            {
                log.Step($"    - {violation.Path}: {violation.Message} ({violation.Rule})");
            }
        }
    }

    // The client's own checks are off here, so the bad phone number travels and the mock's validation answers.
    private static async Task RejectedByTheMockAsync(HttpClient http, string baseUrl, SampleLog log)
    {
        var lenient = new TrustPagerClient(http, new TrustPagerClientOptions { BaseUrl = baseUrl, BearerAuthToken = "sample-token", ValidateRequests = false });
        try
        {
            await lenient.Contacts.PostAsync(new PostContactsRequest { FirstName = "Paul", Phone = "0412 345 678" });
            log.Unexpected("the mock accepted a phone number that is not E.164");
        }
        catch (ApiException ex) when (ex.StatusCode == 422)
        {
            log.Step($"create contact with phone '0412 345 678', client validation off: the mock answers {ex.StatusCode} {ex.Problem?.Title}");
            log.Errors(ex.Problem?.Extensions);
        }
    }

    private static async Task WithoutTokenAsync(HttpClient http, string baseUrl, SampleLog log)
    {
        var anonymous = new TrustPagerClient(http, new TrustPagerClientOptions { BaseUrl = baseUrl });
        try
        {
            await anonymous.Contacts.GetAsync();
            log.Unexpected("the mock served a secured operation without a token");
        }
        catch (ApiException ex) when (ex.StatusCode == 401)
        {
            log.Step("list contacts without a token: 401, as the spec's bearerAuth demands");
        }
    }

    private static Guid IdOf(JsonElement contact)
    {
        var holder = contact.ValueKind == JsonValueKind.Object && contact.TryGetProperty("data", out var data) ? data : contact;
        return holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty("id", out var id) && id.TryGetGuid(out var guid) ? guid : Guid.Empty;
    }

    private static string Describe(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 100 ? text : text.Substring(0, 97) + "...";
    }
}
