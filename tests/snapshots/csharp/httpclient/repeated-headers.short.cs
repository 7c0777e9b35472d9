using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://api.example.com/trace"))
{
    request.Headers.TryAddWithoutValidation("accept", "application/json");
    request.Headers.TryAddWithoutValidation("x-trace", "one, two, three");
    request.Headers.TryAddWithoutValidation("Cookie", "session={sessionId}; theme=dark");

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
