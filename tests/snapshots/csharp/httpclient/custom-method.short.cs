using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("PURGE"), "http://cache.example.com:8080/page"))
{

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
