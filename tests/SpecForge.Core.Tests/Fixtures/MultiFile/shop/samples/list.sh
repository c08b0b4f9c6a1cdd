curl https://shop.example/items
