using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://api.example.com/api"))
{
    request.Headers.TryAddWithoutValidation("authorization", "Bearer ACCESS_TOKEN");
    // No body, but content headers, which HttpClient keeps on a content object: an empty one.
    request.Content = new ByteArrayContent(new byte[0]);
    request.Content.Headers.TryAddWithoutValidation("content-type", "application/json");
    request.Content.Headers.TryAddWithoutValidation("content-language", "en");

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
