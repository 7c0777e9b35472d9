val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/items/42")
    .head()
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
