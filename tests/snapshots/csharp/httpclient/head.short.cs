using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("HEAD"), "https://api.example.com/items/42"))
{

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
