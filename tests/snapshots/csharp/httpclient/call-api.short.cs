using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://myapi.com/api"))
{
    request.Headers.TryAddWithoutValidation("authorization", "Bearer {accessToken}");

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
