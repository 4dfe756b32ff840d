package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.domain.PaymentOrder;
import de.dortmund.miadoki.platform.rules.BankAccounts;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A payment run as a SEPA credit-transfer initiation (ISO 20022 pain.001.001.09, the version German
 * banks take since November 2023): one payment of the city's account with one transfer per
 * statement paid to an IBAN. Names and purposes are written in the SEPA characters; the city's bank
 * is named by its BIC, or "NOTPROVIDED" when the rules give none.
 */
public final class SepaCreditTransferFile {

  public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final int NAME_MAX = 70;

  private SepaCreditTransferFile() {}

  /** The file's bytes (UTF-8); refused for an order without a transfer to an IBAN. */
  public static byte[] xml(PaymentOrder order) {
    List<PaymentOrder.Transfer> transfers = order.bankTransfers();
    if (transfers.isEmpty()) {
      throw new IllegalArgumentException("No transfer to an IBAN in " + order.reference());
    }
    BigDecimal sum =
        transfers.stream()
            .map(PaymentOrder.Transfer::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeStartElement("Document");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeStartElement("CstmrCdtTrfInitn");

      xml.writeStartElement("GrpHdr");
      text(xml, "MsgId", order.reference());
      text(
          xml,
          "CreDtTm",
          order
              .createdAt()
              .truncatedTo(ChronoUnit.SECONDS)
              .atZone(ZONE)
              .toOffsetDateTime()
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      text(xml, "NbOfTxs", String.valueOf(transfers.size()));
      text(xml, "CtrlSum", amount(sum));
      party(xml, "InitgPty", order.payerName());
      xml.writeEndElement();

      xml.writeStartElement("PmtInf");
      text(xml, "PmtInfId", order.reference() + "-1");
      text(xml, "PmtMtd", "TRF");
      text(xml, "BtchBookg", "true");
      text(xml, "NbOfTxs", String.valueOf(transfers.size()));
      text(xml, "CtrlSum", amount(sum));
      xml.writeStartElement("PmtTpInf");
      xml.writeStartElement("SvcLvl");
      text(xml, "Cd", "SEPA");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeStartElement("ReqdExctnDt");
      text(xml, "Dt", order.executionDate().toString());
      xml.writeEndElement();
      party(xml, "Dbtr", order.payerName());
      account(xml, "DbtrAcct", order.payerIban());
      xml.writeStartElement("DbtrAgt");
      xml.writeStartElement("FinInstnId");
      if (order.payerBic() != null) {
        text(xml, "BICFI", order.payerBic());
      } else {
        xml.writeStartElement("Othr");
        text(xml, "Id", "NOTPROVIDED");
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      text(xml, "ChrgBr", "SLEV");
      for (PaymentOrder.Transfer t : transfers) {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "EndToEndId", t.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(amount(t.amount()));
        xml.writeEndElement();
        xml.writeEndElement();
        party(xml, "Cdtr", t.accountHolder() != null ? t.accountHolder() : t.creditorName());
        account(xml, "CdtrAcct", t.iban());
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", BankAccounts.toSepaText(t.purpose()));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();

      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the SEPA file", e);
    }
    return out.toByteArray();
  }

  /** The name of the file, e.g. "sepa-MIADOKI-DP-2026-11-4711.xml". */
  public static String fileName(PaymentOrder order) {
    return "sepa-" + order.reference() + ".xml";
  }

  private static void party(XMLStreamWriter xml, String element, String name)
      throws XMLStreamException {
    xml.writeStartElement(element);
    String clean = BankAccounts.toSepaText(name);
    text(xml, "Nm", clean.length() > NAME_MAX ? clean.substring(0, NAME_MAX).strip() : clean);
    xml.writeEndElement();
  }

  private static void account(XMLStreamWriter xml, String element, String iban)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeStartElement("Id");
    text(xml, "IBAN", iban);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static String amount(BigDecimal value) {
    return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }
}
