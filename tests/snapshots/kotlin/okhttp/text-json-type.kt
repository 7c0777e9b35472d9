import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val payload = " foo/bar \n"
    // Bytes, not a String: OkHttp would add "; charset=utf-8" to the content type.
    val body = RequestBody.create(MediaType.get("application/json"), payload.toByteArray())

    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/raw")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
