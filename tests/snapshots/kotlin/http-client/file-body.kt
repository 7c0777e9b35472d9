import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Path

fun main() {
    val client = HttpClient.newHttpClient()
    val request = HttpRequest.newBuilder()
        .uri(URI.create("https://api.example.com/v1/blobs/42"))
        .header("Content-Type", "application/octet-stream")
        .PUT(HttpRequest.BodyPublishers.ofFile(Path.of("{payloadPath}")))
        .build()

    val response = client.send(request, HttpResponse.BodyHandlers.ofString())
    println(response.statusCode())
    println(response.body())
}
