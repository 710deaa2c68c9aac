<?xml version="1.0" encoding="UTF-8"?>
<!--
  quadrant-report.xsl: the audit report of an interested-parties register

  Turns a Quadrant register file (urn:quadrant:register, see docs/FORMAT.md)
  into one self-contained HTML page: styles inline, the stakeholder map as
  inline SVG, no scripts and no external resources, so it can be mailed,
  archived and printed as evidence. Quadrant applies this stylesheet itself
  when it exports the report (format "html"); xsltproc gives the same bytes
  when given the same "today" string parameter, for example

    xsltproc [stringparam today 2026-03-01] quadrant-report.xsl register.quadrant.xml

  (the brackets stand for the option that sets a string parameter; an XML
  comment may not contain two hyphens in a row).

  Copy it (with quadrant-report-helpers.xsl, which it includes) and adapt it
  to your own template if you like.

  The output is XML-serialised HTML (every element closed, no empty non-void
  element), so that it is both a valid HTML page and well-formed XML. Every
  value from the register goes through xsl:value-of and is escaped; nothing
  disables output escaping. The stylesheet reads no other document (its
  helpers are part of it).

  When Quadrant is given an earlier register (export with since), it adds a
  c:changes element (namespace urn:quadrant:report-changes) at the end of the
  register with one c:change per line, and the report gets a section
  "Changes since version X".

  The stylesheet writes no words of its own: every heading, label,
  sentence and vocabulary word comes from an s:strings element (namespace
  urn:quadrant:report-strings) that Quadrant adds at the end of the register
  in the language of the report, one s:text per text, looked up by its id;
  placeholders in braces such as {date} are filled here. Dates are written
  with the "date" pattern of the strings. Give xsltproc the document Quadrant
  makes (quadrant_report_document); a text missing from it shows as [id].

  Parameters:
    today  the report date, YYYY-MM-DD (optional): shown in the header and
           used to find an overdue register review. Without it the report
           depends on nothing but the register.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:q="urn:quadrant:register"
                xmlns:c="urn:quadrant:report-changes"
                xmlns:s="urn:quadrant:report-strings"
                xmlns="http://www.w3.org/1999/xhtml"
                exclude-result-prefixes="q c s">

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" indent="no"
              doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:param name="today" select="''"/>

  <!-- The report's texts in its language (quadrant-report-strings.c). -->
  <xsl:key name="text" match="s:text" use="@id"/>

  <xsl:variable name="meta" select="/q:register/q:metadata"/>
  <!-- Every party considered (clause 4.2 a). The register proper leaves out
       those judged not relevant; candidates still to decide stay in it,
       marked, until someone decides. Relevant is left out of the file. -->
  <xsl:variable name="all-parties" select="/q:register/q:parties/q:party"/>
  <xsl:variable name="parties" select="$all-parties[not(@relevance = 'not-relevant')]"/>
  <xsl:variable name="not-relevant" select="$all-parties[@relevance = 'not-relevant']"/>
  <xsl:variable name="to-decide" select="$all-parties[@relevance = 'to-decide']"/>
  <xsl:variable name="requirements" select="$parties/q:requirements/q:requirement"/>
  <xsl:variable name="placed" select="$parties[@power and @interest]"/>
  <!-- What changed since an earlier register, when Quadrant was given one
       (quadrant export with since): one c:change per line. -->
  <xsl:variable name="changes" select="/q:register/c:changes"/>

  <!-- The map: a 560 × 420 plot with room for the axes around it. -->
  <xsl:variable name="map-left" select="70"/>
  <xsl:variable name="map-top" select="20"/>
  <xsl:variable name="map-width" select="560"/>
  <xsl:variable name="map-height" select="420"/>

  <xsl:template match="/">
    <xsl:if test="not(q:register)">
      <xsl:message terminate="yes">Not a Quadrant register (urn:quadrant:register).</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="q:register"/>
  </xsl:template>

  <xsl:template match="q:register">
    <html lang="{/q:register/s:strings/@xml:lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="generator" content="Quadrant"/>
        <title>
          <xsl:value-of select="key('text', 'title')"/>
          <xsl:if test="normalize-space($meta/q:organisation)">
            <xsl:text> – </xsl:text>
            <xsl:value-of select="$meta/q:organisation"/>
          </xsl:if>
        </title>
        <style>
          <xsl:call-template name="css"/>
        </style>
      </head>
      <body>
        <header class="cover">
          <p class="kicker"><xsl:value-of select="key('text', 'kicker')"/></p>
          <h1>
            <xsl:call-template name="or-dash">
              <xsl:with-param name="value" select="$meta/q:organisation"/>
            </xsl:call-template>
          </h1>
          <p class="subtitle">
            <xsl:choose>
              <xsl:when test="$today != ''">
                <xsl:call-template name="t">
                  <xsl:with-param name="id" select="'subtitle-dated'"/>
                  <xsl:with-param name="name1" select="'date'"/>
                  <xsl:with-param name="value1"><xsl:call-template name="date"><xsl:with-param name="value" select="$today"/></xsl:call-template></xsl:with-param>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="key('text', 'subtitle')"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </header>
        <nav class="contents">
          <h2><xsl:value-of select="key('text', 'contents')"/></h2>
          <ol>
            <li><a href="#control"><xsl:value-of select="key('text', 'section-control')"/></a></li>
            <li><a href="#summary"><xsl:value-of select="key('text', 'section-summary')"/></a></li>
            <li><a href="#map"><xsl:value-of select="key('text', 'section-map')"/></a></li>
            <li><a href="#register"><xsl:value-of select="key('text', 'section-register')"/></a></li>
            <li><a href="#not-relevant"><xsl:value-of select="key('text', 'section-not-relevant')"/></a></li>
            <li><a href="#communication"><xsl:value-of select="key('text', 'section-communication')"/></a></li>
            <li><a href="#findings"><xsl:value-of select="key('text', 'section-findings')"/></a></li>
            <xsl:if test="$changes">
              <li><a href="#changes"><xsl:call-template name="t"><xsl:with-param name="id" select="'section-changes'"/><xsl:with-param name="name1" select="'version'"/><xsl:with-param name="value1" select="$changes/@since"/></xsl:call-template></a></li>
            </xsl:if>
          </ol>
        </nav>
        <xsl:call-template name="document-control"/>
        <xsl:call-template name="summary"/>
        <xsl:call-template name="map"/>
        <xsl:call-template name="register"/>
        <xsl:call-template name="considered"/>
        <xsl:call-template name="communication"/>
        <xsl:call-template name="findings"/>
        <xsl:if test="$changes">
          <xsl:call-template name="changes"/>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- ================= Sections ================= -->

  <!-- Clause 9.3.2: changes in the needs and expectations of interested parties. -->
  <xsl:template name="changes">
    <section id="changes" class="section">
      <h2>8. <xsl:call-template name="t"><xsl:with-param name="id" select="'section-changes'"/><xsl:with-param name="name1" select="'version'"/><xsl:with-param name="value1" select="$changes/@since"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="$changes/c:change">
          <ul>
            <xsl:for-each select="$changes/c:change">
              <li><xsl:value-of select="."/></li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="key('text', 'no-changes')"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="document-control">
    <section id="control" class="section">
      <h2>1. <xsl:value-of select="key('text', 'section-control')"/></h2>
      <table class="fields">
        <tbody>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label" select="key('text', 'organisation')"/>
            <xsl:with-param name="value" select="$meta/q:organisation"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label" select="key('text', 'scope')"/>
            <xsl:with-param name="value" select="$meta/q:scope"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label" select="key('text', 'owner')"/>
            <xsl:with-param name="value" select="$meta/q:owner"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label" select="key('text', 'classification')"/>
            <xsl:with-param name="value" select="$meta/q:classification"/>
          </xsl:call-template>
          <tr>
            <th><xsl:value-of select="key('text', 'version')"/></th>
            <td>
              <xsl:call-template name="or-dash"><xsl:with-param name="value" select="$meta/q:version"/></xsl:call-template>
              <xsl:call-template name="approval-note"/>
            </td>
          </tr>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label" select="key('text', 'approved-by')"/>
            <xsl:with-param name="value" select="$meta/q:approved-by"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label" select="key('text', 'approval-date')"/>
            <xsl:with-param name="value" select="$meta/q:approval-date"/>
            <xsl:with-param name="date" select="true()"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label" select="key('text', 'approved-version')"/>
            <xsl:with-param name="value" select="$meta/q:approved-version"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label" select="key('text', 'next-review')"/>
            <xsl:with-param name="value" select="$meta/q:next-review"/>
            <xsl:with-param name="date" select="true()"/>
          </xsl:call-template>
        </tbody>
      </table>

      <h3><xsl:value-of select="key('text', 'revision-history')"/></h3>
      <xsl:choose>
        <xsl:when test="q:revisions/q:revision">
          <table class="grid">
            <thead>
              <tr><th><xsl:value-of select="key('text', 'version')"/></th><th><xsl:value-of select="key('text', 'date-column')"/></th><th><xsl:value-of select="key('text', 'author')"/></th><th><xsl:value-of select="key('text', 'revision-summary')"/></th><th><xsl:value-of select="key('text', 'parties')"/></th></tr>
            </thead>
            <tbody>
              <xsl:for-each select="q:revisions/q:revision">
                <tr>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="@version"/></xsl:call-template></td>
                  <td class="nowrap"><xsl:call-template name="date-or-dash"><xsl:with-param name="value" select="@date"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="@author"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:summary"/></xsl:call-template></td>
                  <td class="number"><xsl:value-of select="count(q:position)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty"><xsl:value-of select="key('text', 'no-revisions')"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="summary">
    <section id="summary" class="section">
      <h2>2. <xsl:value-of select="key('text', 'section-summary')"/></h2>
      <!-- Sentences with counts come whole from Quadrant, which counts the
           same parties and knows the plural forms of the language. -->
      <p>
        <xsl:value-of select="key('text', 'summary-lists')"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="key('text', 'summary-requirements')"/>
        <xsl:if test="$not-relevant">
          <xsl:text> </xsl:text>
          <xsl:value-of select="key('text', 'summary-not-relevant')"/>
        </xsl:if>
        <xsl:if test="$to-decide">
          <xsl:text> </xsl:text>
          <xsl:value-of select="key('text', 'summary-to-decide')"/>
        </xsl:if>
      </p>
      <xsl:if test="$all-parties">
        <table class="grid identification">
          <caption><xsl:value-of select="key('text', 'identification-caption')"/></caption>
          <thead><tr><th><xsl:value-of select="key('text', 'method')"/></th><th><xsl:value-of select="key('text', 'parties-found')"/></th><th><xsl:value-of select="key('text', 'relevant-column')"/></th><th><xsl:value-of select="key('text', 'not-relevant-column')"/></th><th><xsl:value-of select="key('text', 'to-decide-column')"/></th><th><xsl:value-of select="key('text', 'when')"/></th></tr></thead>
          <tbody>
            <xsl:for-each select="$all-parties[@identified-by and not(@identified-by = preceding-sibling::q:party/@identified-by)]">
              <xsl:call-template name="identification-row">
                <xsl:with-param name="found" select="$all-parties[@identified-by = current()/@identified-by]"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:if test="$all-parties[not(@identified-by)]">
              <xsl:call-template name="identification-row">
                <xsl:with-param name="found" select="$all-parties[not(@identified-by)]"/>
              </xsl:call-template>
            </xsl:if>
          </tbody>
        </table>
      </xsl:if>
      <div class="columns">
        <table class="grid summary">
          <caption><xsl:value-of select="key('text', 'per-quadrant')"/></caption>
          <thead><tr><th><xsl:value-of select="key('text', 'quadrant')"/></th><th><xsl:value-of select="key('text', 'parties')"/></th></tr></thead>
          <tbody>
            <tr><td><xsl:value-of select="key('text', 'quadrant:manage-closely')"/></td><td class="number"><xsl:value-of select="count($placed[@power &gt;= 50 and @interest &gt;= 50])"/></td></tr>
            <tr><td><xsl:value-of select="key('text', 'quadrant:keep-satisfied')"/></td><td class="number"><xsl:value-of select="count($placed[@power &gt;= 50 and @interest &lt; 50])"/></td></tr>
            <tr><td><xsl:value-of select="key('text', 'quadrant:keep-informed')"/></td><td class="number"><xsl:value-of select="count($placed[@power &lt; 50 and @interest &gt;= 50])"/></td></tr>
            <tr><td><xsl:value-of select="key('text', 'quadrant:monitor')"/></td><td class="number"><xsl:value-of select="count($placed[@power &lt; 50 and @interest &lt; 50])"/></td></tr>
            <tr><td><xsl:value-of select="key('text', 'not-assessed')"/></td><td class="number"><xsl:value-of select="count($parties) - count($placed)"/></td></tr>
          </tbody>
        </table>
        <table class="grid summary">
          <caption><xsl:value-of select="key('text', 'per-category')"/></caption>
          <thead><tr><th><xsl:value-of select="key('text', 'category')"/></th><th><xsl:value-of select="key('text', 'parties')"/></th></tr></thead>
          <tbody>
            <tr><td><xsl:value-of select="key('text', 'category:internal')"/></td><td class="number"><xsl:value-of select="count($parties[@category = 'internal'])"/></td></tr>
            <tr><td><xsl:value-of select="key('text', 'category:external')"/></td><td class="number"><xsl:value-of select="count($parties[@category = 'external'])"/></td></tr>
          </tbody>
        </table>
        <table class="grid summary">
          <caption><xsl:value-of select="key('text', 'per-decision')"/></caption>
          <thead><tr><th><xsl:value-of select="key('text', 'decision')"/></th><th><xsl:value-of select="key('text', 'requirements')"/></th></tr></thead>
          <tbody>
            <tr><td><xsl:value-of select="key('text', 'decision:addressed')"/></td><td class="number"><xsl:value-of select="count($requirements[@decision = 'addressed'])"/></td></tr>
            <tr><td><xsl:value-of select="key('text', 'decision:partially-addressed')"/></td><td class="number"><xsl:value-of select="count($requirements[@decision = 'partially-addressed'])"/></td></tr>
            <tr><td><xsl:value-of select="key('text', 'decision:not-addressed')"/></td><td class="number"><xsl:value-of select="count($requirements[@decision = 'not-addressed'])"/></td></tr>
            <tr><td><xsl:value-of select="key('text', 'decision:undecided')"/></td><td class="number"><xsl:value-of select="count($requirements[@decision = 'undecided'])"/></td></tr>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="map">
    <section id="map" class="section">
      <h2>3. <xsl:value-of select="key('text', 'section-map')"/></h2>
      <p><xsl:value-of select="key('text', 'map-intro')"/></p>
      <svg xmlns="http://www.w3.org/2000/svg" class="map" role="img"
           viewBox="0 0 660 500" width="660" height="500">
        <title><xsl:value-of select="key('text', 'map-title')"/></title>
        <xsl:variable name="cx" select="$map-left + $map-width div 2"/>
        <xsl:variable name="cy" select="$map-top + $map-height div 2"/>
        <rect x="{$map-left}" y="{$map-top}" width="{$map-width div 2}" height="{$map-height div 2}" fill="#f2f0e8" class="quadrant keep-satisfied"/>
        <rect x="{$cx}" y="{$map-top}" width="{$map-width div 2}" height="{$map-height div 2}" fill="#e6eef7" class="quadrant manage-closely"/>
        <rect x="{$map-left}" y="{$cy}" width="{$map-width div 2}" height="{$map-height div 2}" fill="#f5f5f5" class="quadrant monitor"/>
        <rect x="{$cx}" y="{$cy}" width="{$map-width div 2}" height="{$map-height div 2}" fill="#eaf3ee" class="quadrant keep-informed"/>
        <rect x="{$map-left}" y="{$map-top}" width="{$map-width}" height="{$map-height}" fill="none" stroke="#555" stroke-width="1"/>
        <line x1="{$cx}" y1="{$map-top}" x2="{$cx}" y2="{$map-top + $map-height}" stroke="#888" stroke-dasharray="4 4"/>
        <line x1="{$map-left}" y1="{$cy}" x2="{$map-left + $map-width}" y2="{$cy}" stroke="#888" stroke-dasharray="4 4"/>
        <g class="quadrant-names" font-size="13" fill="#666">
          <text x="{$map-left + 8}" y="{$map-top + 18}"><xsl:value-of select="key('text', 'quadrant:keep-satisfied')"/></text>
          <text x="{$map-left + $map-width - 8}" y="{$map-top + 18}" text-anchor="end"><xsl:value-of select="key('text', 'quadrant:manage-closely')"/></text>
          <text x="{$map-left + 8}" y="{$map-top + $map-height - 8}"><xsl:value-of select="key('text', 'quadrant:monitor')"/></text>
          <text x="{$map-left + $map-width - 8}" y="{$map-top + $map-height - 8}" text-anchor="end"><xsl:value-of select="key('text', 'quadrant:keep-informed')"/></text>
        </g>
        <text x="{$cx}" y="{$map-top + $map-height + 34}" text-anchor="middle" font-size="14"><xsl:value-of select="key('text', 'axis-interest')"/></text>
        <text x="24" y="{$cy}" text-anchor="middle" font-size="14" transform="rotate(-90 24 {$cy})"><xsl:value-of select="key('text', 'axis-power')"/></text>
        <text x="{$map-left}" y="{$map-top + $map-height + 16}" text-anchor="middle" font-size="11" fill="#666">0</text>
        <text x="{$map-left + $map-width}" y="{$map-top + $map-height + 16}" text-anchor="middle" font-size="11" fill="#666">100</text>
        <text x="{$map-left - 6}" y="{$map-top + $map-height + 4}" text-anchor="end" font-size="11" fill="#666">0</text>
        <text x="{$map-left - 6}" y="{$map-top + 4}" text-anchor="end" font-size="11" fill="#666">100</text>
        <!-- Numbered markers and a key instead of labels on the map: names
             never overlap, however close the parties sit. The number is the
             party's section in the register (4.N). -->
        <g class="parties" font-size="10" text-anchor="middle">
          <xsl:for-each select="$parties">
            <xsl:if test="@power and @interest">
              <xsl:variable name="x" select="$map-left + @interest * $map-width div 100"/>
              <xsl:variable name="y" select="$map-top + (100 - @power) * $map-height div 100"/>
              <g>
                <title><xsl:value-of select="q:name"/></title>
                <xsl:call-template name="support-marker">
                  <xsl:with-param name="support" select="@support"/>
                  <xsl:with-param name="x" select="$x"/>
                  <xsl:with-param name="y" select="$y"/>
                  <xsl:with-param name="r" select="10"/>
                </xsl:call-template>
                <text x="{$x}" y="{$y + 3.5}">
                  <xsl:attribute name="fill">
                    <xsl:choose>
                      <xsl:when test="@support = 'unaware' or not(@support)">#1c1c1c</xsl:when>
                      <xsl:otherwise>#ffffff</xsl:otherwise>
                    </xsl:choose>
                  </xsl:attribute>
                  <xsl:value-of select="position()"/>
                </text>
              </g>
            </xsl:if>
          </xsl:for-each>
        </g>
      </svg>
      <p class="legend">
        <xsl:value-of select="key('text', 'legend')"/>
        <xsl:text> </xsl:text>
        <xsl:call-template name="legend-item"><xsl:with-param name="support" select="'unaware'"/></xsl:call-template>
        <xsl:call-template name="legend-item"><xsl:with-param name="support" select="'resistant'"/></xsl:call-template>
        <xsl:call-template name="legend-item"><xsl:with-param name="support" select="'neutral'"/></xsl:call-template>
        <xsl:call-template name="legend-item"><xsl:with-param name="support" select="'supportive'"/></xsl:call-template>
        <xsl:call-template name="legend-item"><xsl:with-param name="support" select="'leading'"/></xsl:call-template>
      </p>
      <xsl:if test="$placed">
        <ol class="map-key">
          <xsl:for-each select="$parties">
            <xsl:if test="@power and @interest">
              <li value="{position()}">
                <xsl:value-of select="q:name"/>
                <xsl:text> (</xsl:text>
                <xsl:value-of select="@power"/>
                <xsl:text> / </xsl:text>
                <xsl:value-of select="@interest"/>
                <xsl:text>)</xsl:text>
              </li>
            </xsl:if>
          </xsl:for-each>
        </ol>
      </xsl:if>
      <xsl:if test="count($parties) &gt; count($placed)">
        <p>
          <xsl:call-template name="t">
            <xsl:with-param name="id" select="'not-on-map'"/>
            <xsl:with-param name="name1" select="'list'"/>
            <xsl:with-param name="value1">
              <xsl:call-template name="names"><xsl:with-param name="list" select="$parties[not(@power and @interest)]"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="register">
    <section id="register" class="section">
      <h2>4. <xsl:value-of select="key('text', 'section-register')"/></h2>
      <xsl:if test="not($parties)">
        <p class="empty"><xsl:value-of select="key('text', 'no-parties')"/></p>
      </xsl:if>
      <xsl:for-each select="$parties">
        <article class="party" id="party-{@id}">
          <h3>
            <xsl:text>4.</xsl:text>
            <xsl:value-of select="position()"/>
            <xsl:text> </xsl:text>
            <xsl:if test="@code">
              <span class="code"><xsl:value-of select="@code"/></span>
              <xsl:text> </xsl:text>
            </xsl:if>
            <xsl:value-of select="q:name"/>
          </h3>
          <table class="fields">
            <tbody>
              <tr>
                <th><xsl:value-of select="key('text', 'category-and-kind')"/></th>
                <td>
                  <xsl:call-template name="category-label"><xsl:with-param name="value" select="@category"/></xsl:call-template>
                  <xsl:text>, </xsl:text>
                  <xsl:call-template name="kind-word"><xsl:with-param name="value" select="@kind"/></xsl:call-template>
                </td>
              </tr>
              <xsl:call-template name="field-row">
                <xsl:with-param name="label" select="key('text', 'description')"/>
                <xsl:with-param name="value" select="q:description"/>
              </xsl:call-template>
              <tr>
                <th><xsl:value-of select="key('text', 'power-interest')"/></th>
                <td>
                  <xsl:choose>
                    <xsl:when test="@power and @interest">
                      <xsl:value-of select="@power"/>
                      <xsl:text> / </xsl:text>
                      <xsl:value-of select="@interest"/>
                      <xsl:text> (</xsl:text>
                      <xsl:call-template name="quadrant-word"/>
                      <xsl:text>)</xsl:text>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="key('text', 'not-assessed')"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
              <tr>
                <th><xsl:value-of select="key('text', 'support')"/></th>
                <td>
                  <xsl:call-template name="support-label"><xsl:with-param name="value" select="@support"/></xsl:call-template>
                  <xsl:text> → </xsl:text>
                  <xsl:call-template name="support-word"><xsl:with-param name="value" select="@desired-support"/></xsl:call-template>
                </td>
              </tr>
              <xsl:call-template name="field-row">
                <xsl:with-param name="label" select="key('text', 'owner')"/>
                <xsl:with-param name="value" select="q:owner"/>
              </xsl:call-template>
              <xsl:call-template name="field-row">
                <xsl:with-param name="label" select="key('text', 'contact')"/>
                <xsl:with-param name="value" select="q:contact"/>
              </xsl:call-template>
              <tr>
                <th><xsl:value-of select="key('text', 'identified')"/></th>
                <td>
                  <xsl:choose>
                    <xsl:when test="@identified-by or @identified-on">
                      <xsl:if test="@identified-by">
                        <xsl:call-template name="identification-label"><xsl:with-param name="value" select="@identified-by"/></xsl:call-template>
                      </xsl:if>
                      <xsl:if test="@identified-by and @identified-on"><xsl:text>, </xsl:text></xsl:if>
                      <xsl:call-template name="date"><xsl:with-param name="value" select="@identified-on"/></xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise>—</xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
              <tr>
                <th><xsl:value-of select="key('text', 'relevance')"/></th>
                <td>
                  <xsl:choose>
                    <xsl:when test="@relevance = 'to-decide'"><xsl:value-of select="key('text', 'to-be-decided')"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="key('text', 'relevant')"/></xsl:otherwise>
                  </xsl:choose>
                  <xsl:if test="@relevance-decided">
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="t">
                      <xsl:with-param name="id" select="'decided-on-date'"/>
                      <xsl:with-param name="name1" select="'date'"/>
                      <xsl:with-param name="value1"><xsl:call-template name="date"><xsl:with-param name="value" select="@relevance-decided"/></xsl:call-template></xsl:with-param>
                    </xsl:call-template>
                  </xsl:if>
                  <xsl:if test="normalize-space(q:relevance-rationale)">
                    <xsl:text>: </xsl:text>
                    <xsl:value-of select="q:relevance-rationale"/>
                  </xsl:if>
                </td>
              </tr>
              <xsl:call-template name="field-row">
                <xsl:with-param name="label" select="key('text', 'last-reviewed')"/>
                <xsl:with-param name="value" select="@last-reviewed"/>
                <xsl:with-param name="date" select="true()"/>
              </xsl:call-template>
              <tr>
                <th><xsl:value-of select="key('text', 'engagement-plan')"/></th>
                <td><xsl:call-template name="engagement-text"/></td>
              </tr>
              <xsl:if test="normalize-space(q:notes)">
                <xsl:call-template name="field-row">
                  <xsl:with-param name="label" select="key('text', 'notes')"/>
                  <xsl:with-param name="value" select="q:notes"/>
                </xsl:call-template>
              </xsl:if>
            </tbody>
          </table>
          <xsl:choose>
            <xsl:when test="q:requirements/q:requirement">
              <table class="grid requirements">
                <thead>
                  <tr>
                    <th><xsl:value-of select="key('text', 'requirement')"/></th>
                    <th><xsl:value-of select="key('text', 'type')"/></th>
                    <th><xsl:value-of select="key('text', 'priority')"/></th>
                    <th><xsl:value-of select="key('text', 'decision')"/></th>
                    <th><xsl:value-of select="key('text', 'rationale')"/></th>
                    <th><xsl:value-of select="key('text', 'references')"/></th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:for-each select="q:requirements/q:requirement">
                    <tr id="requirement-{@id}">
                      <td>
                        <xsl:if test="@code">
                          <p class="detail code"><xsl:value-of select="@code"/></p>
                        </xsl:if>
                        <p class="statement"><xsl:value-of select="q:statement"/></p>
                        <xsl:if test="normalize-space(q:source)">
                          <p class="detail"><xsl:value-of select="key('text', 'source-detail')"/><xsl:text> </xsl:text><xsl:value-of select="q:source"/></p>
                        </xsl:if>
                        <xsl:if test="normalize-space(q:owner)">
                          <p class="detail"><xsl:value-of select="key('text', 'owner-detail')"/><xsl:text> </xsl:text><xsl:value-of select="q:owner"/></p>
                        </xsl:if>
                        <xsl:if test="@review-date">
                          <p class="detail"><xsl:value-of select="key('text', 'review-detail')"/><xsl:text> </xsl:text><xsl:call-template name="date"><xsl:with-param name="value" select="@review-date"/></xsl:call-template></p>
                        </xsl:if>
                        <xsl:if test="normalize-space(q:notes)">
                          <p class="detail notes"><xsl:value-of select="key('text', 'notes-detail')"/><xsl:text> </xsl:text><xsl:value-of select="q:notes"/></p>
                        </xsl:if>
                      </td>
                      <td><xsl:call-template name="type-label"><xsl:with-param name="value" select="@type"/></xsl:call-template></td>
                      <td><xsl:call-template name="priority-label"><xsl:with-param name="value" select="@priority"/></xsl:call-template></td>
                      <td class="decision decision-{@decision}"><xsl:call-template name="decision-label"><xsl:with-param name="value" select="@decision"/></xsl:call-template></td>
                      <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:rationale"/></xsl:call-template></td>
                      <td>
                        <xsl:choose>
                          <xsl:when test="q:reference">
                            <ul class="references">
                              <xsl:for-each select="q:reference">
                                <li>
                                  <xsl:call-template name="t">
                                    <xsl:with-param name="id" select="'reference'"/>
                                    <xsl:with-param name="name1" select="'kind'"/>
                                    <xsl:with-param name="value1"><xsl:call-template name="reference-kind-label"><xsl:with-param name="value" select="@kind"/></xsl:call-template></xsl:with-param>
                                    <xsl:with-param name="name2" select="'text'"/>
                                    <xsl:with-param name="value2" select="string(.)"/>
                                  </xsl:call-template>
                                </li>
                              </xsl:for-each>
                            </ul>
                          </xsl:when>
                          <xsl:otherwise>—</xsl:otherwise>
                        </xsl:choose>
                      </td>
                    </tr>
                  </xsl:for-each>
                </tbody>
              </table>
            </xsl:when>
            <xsl:otherwise>
              <p class="empty"><xsl:value-of select="key('text', 'no-requirements')"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </article>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- The sections after the register, and the helpers every section uses. -->
  <xsl:include href="quadrant-report-helpers.xsl"/>
</xsl:stylesheet>
