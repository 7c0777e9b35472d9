using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("DELETE"), "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose"))
{

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
