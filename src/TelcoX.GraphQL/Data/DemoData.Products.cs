namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    // Seed 004 sold products without naming any; these are what a telecom shop stocks.
    private static readonly (string Name, decimal Price, string Description)[] ShopProducts =
    [
        ("Chip prepago 4G", 3.00m, "Tarjeta SIM triple corte con USD 1 de saldo inicial."),
        ("Chip eSIM", 5.00m, "Perfil eSIM descargable por código QR para equipos compatibles."),
        ("Router WiFi 6 AX1800", 89.90m, "Router de doble banda con WiFi 6, cuatro puertos gigabit y control parental."),
        ("Módem 4G LTE portátil", 59.00m, "Hotspot de bolsillo para hasta diez equipos, batería de 8 horas."),
        ("Repetidor WiFi AC1200", 34.50m, "Extiende la cobertura del WiFi del hogar; configuración con un botón."),
        ("Teléfono fijo inalámbrico", 42.00m, "Teléfono DECT con pantalla iluminada y agenda de 50 contactos."),
        ("Smartphone Galaxy A15", 189.00m, "Pantalla de 6,5 pulgadas, 128 GB de almacenamiento, cámara de 50 MP."),
        ("Smartphone Redmi 13C", 139.00m, "Pantalla de 6,74 pulgadas, 4 GB de RAM y batería de 5000 mAh."),
        ("Cargador rápido USB-C 25 W", 15.90m, "Cargador de pared con carga rápida PD."),
        ("Cable USB-C 1 m", 6.50m, "Cable trenzado USB-C a USB-C de 1 metro."),
        ("Audífonos Bluetooth", 24.90m, "Audífonos inalámbricos con estuche de carga y 20 horas de autonomía."),
        ("Power bank 10000 mAh", 19.90m, "Batería externa con dos salidas USB y carga rápida."),
        ("Funda antigolpes universal", 8.00m, "Funda de silicona reforzada para teléfonos de hasta 6,7 pulgadas."),
        ("Decodificador TV 4K", 74.00m, "Decodificador con Android TV, control por voz y salida HDMI 2.1."),
        ("Antena exterior 4G", 49.00m, "Antena direccional de 12 dBi para zonas rurales con poca señal."),
    ];
}
