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

  Copy it and adapt it to your own template if you like.

  The output is XML-serialised HTML (every element closed, no empty non-void
  element), so that it is both a valid HTML page and well-formed XML. Every
  value from the register goes through xsl:value-of and is escaped; nothing
  disables output escaping. The stylesheet reads no other document.

  When Quadrant is given an earlier register (export with since), it adds a
  c:changes element (namespace urn:quadrant:report-changes) at the end of the
  register with one c:change per line, and the report gets a section
  "Changes since version X".

  Parameters:
    today  the report date, YYYY-MM-DD (optional): shown in the header and
           used to find an overdue register review. Without it the report
           depends on nothing but the register.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:q="urn:quadrant:register"
                xmlns:c="urn:quadrant:report-changes"
                xmlns="http://www.w3.org/1999/xhtml"
                exclude-result-prefixes="q c">

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" indent="no"
              doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:param name="today" select="''"/>

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
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="generator" content="Quadrant"/>
        <title>
          <xsl:text>Interested parties register</xsl:text>
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
          <p class="kicker">ISO/IEC 27001:2022 clause 4.2 – interested parties</p>
          <h1>
            <xsl:call-template name="or-dash">
              <xsl:with-param name="value" select="$meta/q:organisation"/>
            </xsl:call-template>
          </h1>
          <p class="subtitle">
            <xsl:text>Register of interested parties and their requirements</xsl:text>
            <xsl:if test="$today != ''">
              <xsl:text>, report of </xsl:text>
              <xsl:value-of select="$today"/>
            </xsl:if>
          </p>
        </header>
        <nav class="contents">
          <h2>Contents</h2>
          <ol>
            <li><a href="#control">Document control</a></li>
            <li><a href="#summary">Summary</a></li>
            <li><a href="#map">Stakeholder map</a></li>
            <li><a href="#register">Register</a></li>
            <li><a href="#not-relevant">Parties considered and not relevant</a></li>
            <li><a href="#communication">Communication plan</a></li>
            <li><a href="#findings">Open findings</a></li>
            <xsl:if test="$changes">
              <li><a href="#changes">Changes since version <xsl:value-of select="$changes/@since"/></a></li>
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
      <h2>8. Changes since version <xsl:value-of select="$changes/@since"/></h2>
      <xsl:choose>
        <xsl:when test="$changes/c:change">
          <ul>
            <xsl:for-each select="$changes/c:change">
              <li><xsl:value-of select="."/></li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p>No changes.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="document-control">
    <section id="control" class="section">
      <h2>1. Document control</h2>
      <table class="fields">
        <tbody>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label">Organisation</xsl:with-param>
            <xsl:with-param name="value" select="$meta/q:organisation"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label">Scope of the ISMS</xsl:with-param>
            <xsl:with-param name="value" select="$meta/q:scope"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label">Owner</xsl:with-param>
            <xsl:with-param name="value" select="$meta/q:owner"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label">Classification</xsl:with-param>
            <xsl:with-param name="value" select="$meta/q:classification"/>
          </xsl:call-template>
          <tr>
            <th>Version</th>
            <td>
              <xsl:call-template name="or-dash"><xsl:with-param name="value" select="$meta/q:version"/></xsl:call-template>
              <xsl:call-template name="approval-note"/>
            </td>
          </tr>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label">Approved by</xsl:with-param>
            <xsl:with-param name="value" select="$meta/q:approved-by"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label">Approval date</xsl:with-param>
            <xsl:with-param name="value" select="$meta/q:approval-date"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label">Approved version</xsl:with-param>
            <xsl:with-param name="value" select="$meta/q:approved-version"/>
          </xsl:call-template>
          <xsl:call-template name="field-row">
            <xsl:with-param name="label">Next review</xsl:with-param>
            <xsl:with-param name="value" select="$meta/q:next-review"/>
          </xsl:call-template>
        </tbody>
      </table>

      <h3>Revision history</h3>
      <xsl:choose>
        <xsl:when test="q:revisions/q:revision">
          <table class="grid">
            <thead>
              <tr><th>Version</th><th>Date</th><th>Author</th><th>Summary</th><th>Parties</th></tr>
            </thead>
            <tbody>
              <xsl:for-each select="q:revisions/q:revision">
                <tr>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="@version"/></xsl:call-template></td>
                  <td class="nowrap"><xsl:call-template name="or-dash"><xsl:with-param name="value" select="@date"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="@author"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:summary"/></xsl:call-template></td>
                  <td class="number"><xsl:value-of select="count(q:position)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">No revision has been recorded yet.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="summary">
    <section id="summary" class="section">
      <h2>2. Summary</h2>
      <p>
        <xsl:text>The register lists </xsl:text>
        <xsl:value-of select="count($parties)"/>
        <xsl:text> interested parties with </xsl:text>
        <xsl:value-of select="count($requirements)"/>
        <xsl:text> requirements.</xsl:text>
        <xsl:if test="$not-relevant or $to-decide">
          <xsl:text> Of </xsl:text>
          <xsl:value-of select="count($all-parties)"/>
          <xsl:text> parties considered, </xsl:text>
          <xsl:value-of select="count($not-relevant)"/>
          <xsl:text> were judged not relevant and </xsl:text>
          <xsl:value-of select="count($to-decide)"/>
          <xsl:text> are still to be decided.</xsl:text>
        </xsl:if>
      </p>
      <xsl:if test="$all-parties">
        <table class="grid identification">
          <caption>How parties were identified</caption>
          <thead><tr><th>Method</th><th>Parties found</th><th>Relevant</th><th>Not relevant</th><th>To decide</th><th>When</th></tr></thead>
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
          <caption>Parties per quadrant</caption>
          <thead><tr><th>Quadrant</th><th>Parties</th></tr></thead>
          <tbody>
            <tr><td>Manage closely</td><td class="number"><xsl:value-of select="count($placed[@power &gt;= 50 and @interest &gt;= 50])"/></td></tr>
            <tr><td>Keep satisfied</td><td class="number"><xsl:value-of select="count($placed[@power &gt;= 50 and @interest &lt; 50])"/></td></tr>
            <tr><td>Keep informed</td><td class="number"><xsl:value-of select="count($placed[@power &lt; 50 and @interest &gt;= 50])"/></td></tr>
            <tr><td>Monitor</td><td class="number"><xsl:value-of select="count($placed[@power &lt; 50 and @interest &lt; 50])"/></td></tr>
            <tr><td>Not yet assessed</td><td class="number"><xsl:value-of select="count($parties) - count($placed)"/></td></tr>
          </tbody>
        </table>
        <table class="grid summary">
          <caption>Parties per category</caption>
          <thead><tr><th>Category</th><th>Parties</th></tr></thead>
          <tbody>
            <tr><td>Internal</td><td class="number"><xsl:value-of select="count($parties[@category = 'internal'])"/></td></tr>
            <tr><td>External</td><td class="number"><xsl:value-of select="count($parties[@category = 'external'])"/></td></tr>
          </tbody>
        </table>
        <table class="grid summary">
          <caption>Requirements per decision</caption>
          <thead><tr><th>Decision</th><th>Requirements</th></tr></thead>
          <tbody>
            <tr><td>Addressed</td><td class="number"><xsl:value-of select="count($requirements[@decision = 'addressed'])"/></td></tr>
            <tr><td>Partially addressed</td><td class="number"><xsl:value-of select="count($requirements[@decision = 'partially-addressed'])"/></td></tr>
            <tr><td>Not addressed</td><td class="number"><xsl:value-of select="count($requirements[@decision = 'not-addressed'])"/></td></tr>
            <tr><td>Undecided</td><td class="number"><xsl:value-of select="count($requirements[@decision = 'undecided'])"/></td></tr>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="map">
    <section id="map" class="section">
      <h2>3. Stakeholder map</h2>
      <p>Power runs up, interest to the right; the dashed lines separate low from high (50). Each marker carries the party's number in the register and the key below it; its colour and shape show the current support.</p>
      <svg xmlns="http://www.w3.org/2000/svg" class="map" role="img"
           viewBox="0 0 660 500" width="660" height="500">
        <title>Stakeholder map: power against interest</title>
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
          <text x="{$map-left + 8}" y="{$map-top + 18}">Keep satisfied</text>
          <text x="{$map-left + $map-width - 8}" y="{$map-top + 18}" text-anchor="end">Manage closely</text>
          <text x="{$map-left + 8}" y="{$map-top + $map-height - 8}">Monitor</text>
          <text x="{$map-left + $map-width - 8}" y="{$map-top + $map-height - 8}" text-anchor="end">Keep informed</text>
        </g>
        <text x="{$cx}" y="{$map-top + $map-height + 34}" text-anchor="middle" font-size="14">Interest →</text>
        <text x="24" y="{$cy}" text-anchor="middle" font-size="14" transform="rotate(-90 24 {$cy})">Power →</text>
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
        <xsl:text>Current support: </xsl:text>
        <xsl:call-template name="legend-item"><xsl:with-param name="support">unaware</xsl:with-param></xsl:call-template>
        <xsl:call-template name="legend-item"><xsl:with-param name="support">resistant</xsl:with-param></xsl:call-template>
        <xsl:call-template name="legend-item"><xsl:with-param name="support">neutral</xsl:with-param></xsl:call-template>
        <xsl:call-template name="legend-item"><xsl:with-param name="support">supportive</xsl:with-param></xsl:call-template>
        <xsl:call-template name="legend-item"><xsl:with-param name="support">leading</xsl:with-param></xsl:call-template>
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
          <xsl:text>Not yet assessed, so not on the map: </xsl:text>
          <xsl:for-each select="$parties[not(@power and @interest)]">
            <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
            <xsl:value-of select="q:name"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="register">
    <section id="register" class="section">
      <h2>4. Register</h2>
      <xsl:if test="not($parties)">
        <p class="empty">The register has no parties yet.</p>
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
                <th>Category and kind</th>
                <td>
                  <xsl:call-template name="category-label"><xsl:with-param name="value" select="@category"/></xsl:call-template>
                  <xsl:text>, </xsl:text>
                  <xsl:call-template name="kind-label"><xsl:with-param name="value" select="@kind"/></xsl:call-template>
                </td>
              </tr>
              <xsl:call-template name="field-row">
                <xsl:with-param name="label">Description</xsl:with-param>
                <xsl:with-param name="value" select="q:description"/>
              </xsl:call-template>
              <tr>
                <th>Power / interest</th>
                <td>
                  <xsl:choose>
                    <xsl:when test="@power and @interest">
                      <xsl:value-of select="@power"/>
                      <xsl:text> / </xsl:text>
                      <xsl:value-of select="@interest"/>
                      <xsl:text> (</xsl:text>
                      <xsl:call-template name="quadrant-label"/>
                      <xsl:text>)</xsl:text>
                    </xsl:when>
                    <xsl:otherwise>Not yet assessed</xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
              <tr>
                <th>Support (current → desired)</th>
                <td>
                  <xsl:call-template name="support-label"><xsl:with-param name="value" select="@support"/></xsl:call-template>
                  <xsl:text> → </xsl:text>
                  <xsl:call-template name="support-label"><xsl:with-param name="value" select="@desired-support"/></xsl:call-template>
                </td>
              </tr>
              <xsl:call-template name="field-row">
                <xsl:with-param name="label">Owner</xsl:with-param>
                <xsl:with-param name="value" select="q:owner"/>
              </xsl:call-template>
              <xsl:call-template name="field-row">
                <xsl:with-param name="label">Contact</xsl:with-param>
                <xsl:with-param name="value" select="q:contact"/>
              </xsl:call-template>
              <tr>
                <th>Identified</th>
                <td>
                  <xsl:choose>
                    <xsl:when test="@identified-by or @identified-on">
                      <xsl:if test="@identified-by">
                        <xsl:call-template name="identification-label"><xsl:with-param name="value" select="@identified-by"/></xsl:call-template>
                      </xsl:if>
                      <xsl:if test="@identified-by and @identified-on"><xsl:text>, </xsl:text></xsl:if>
                      <xsl:value-of select="@identified-on"/>
                    </xsl:when>
                    <xsl:otherwise>—</xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
              <tr>
                <th>Relevance</th>
                <td>
                  <xsl:choose>
                    <xsl:when test="@relevance = 'to-decide'">To be decided</xsl:when>
                    <xsl:otherwise>Relevant</xsl:otherwise>
                  </xsl:choose>
                  <xsl:if test="@relevance-decided">
                    <xsl:text> (decided </xsl:text>
                    <xsl:value-of select="@relevance-decided"/>
                    <xsl:text>)</xsl:text>
                  </xsl:if>
                  <xsl:if test="normalize-space(q:relevance-rationale)">
                    <xsl:text>: </xsl:text>
                    <xsl:value-of select="q:relevance-rationale"/>
                  </xsl:if>
                </td>
              </tr>
              <xsl:call-template name="field-row">
                <xsl:with-param name="label">Last reviewed</xsl:with-param>
                <xsl:with-param name="value" select="@last-reviewed"/>
              </xsl:call-template>
              <tr>
                <th>Engagement plan</th>
                <td><xsl:call-template name="engagement-text"/></td>
              </tr>
              <xsl:if test="normalize-space(q:notes)">
                <xsl:call-template name="field-row">
                  <xsl:with-param name="label">Notes</xsl:with-param>
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
                    <th>Requirement</th>
                    <th>Type</th>
                    <th>Priority</th>
                    <th>Decision</th>
                    <th>Rationale</th>
                    <th>References</th>
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
                          <p class="detail"><xsl:text>Source: </xsl:text><xsl:value-of select="q:source"/></p>
                        </xsl:if>
                        <xsl:if test="normalize-space(q:owner)">
                          <p class="detail"><xsl:text>Owner: </xsl:text><xsl:value-of select="q:owner"/></p>
                        </xsl:if>
                        <xsl:if test="@review-date">
                          <p class="detail"><xsl:text>Review: </xsl:text><xsl:value-of select="@review-date"/></p>
                        </xsl:if>
                        <xsl:if test="normalize-space(q:notes)">
                          <p class="detail notes"><xsl:text>Notes: </xsl:text><xsl:value-of select="q:notes"/></p>
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
                                  <xsl:call-template name="reference-kind-label"><xsl:with-param name="value" select="@kind"/></xsl:call-template>
                                  <xsl:text>: </xsl:text>
                                  <xsl:value-of select="."/>
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
              <p class="empty">No requirements recorded for this party.</p>
            </xsl:otherwise>
          </xsl:choose>
        </article>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- Clause 4.2 a): what was considered and why it is not part of the
       register. -->
  <xsl:template name="considered">
    <section id="not-relevant" class="section">
      <h2>5. Parties considered and not relevant</h2>
      <xsl:choose>
        <xsl:when test="$not-relevant">
          <xsl:call-template name="considered-table">
            <xsl:with-param name="list" select="$not-relevant"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">No party considered has been judged not relevant.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="considered-table">
    <xsl:param name="list"/>
    <table class="grid considered">
      <thead>
        <tr><th>Party</th><th>Kind</th><th>Identified</th><th>Rationale</th><th>Decided on</th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="$list">
          <tr id="party-{@id}">
            <td><xsl:value-of select="q:name"/></td>
            <td>
              <xsl:call-template name="category-label"><xsl:with-param name="value" select="@category"/></xsl:call-template>
              <xsl:text>, </xsl:text>
              <xsl:call-template name="kind-label"><xsl:with-param name="value" select="@kind"/></xsl:call-template>
            </td>
            <td>
              <xsl:choose>
                <xsl:when test="@identified-by">
                  <xsl:call-template name="identification-label"><xsl:with-param name="value" select="@identified-by"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise>—</xsl:otherwise>
              </xsl:choose>
            </td>
            <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:relevance-rationale"/></xsl:call-template></td>
            <td class="nowrap"><xsl:call-template name="or-dash"><xsl:with-param name="value" select="@relevance-decided"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- One method of identification: how many parties it found, what became
       of them, and over which dates. -->
  <xsl:template name="identification-row">
    <xsl:param name="found"/>
    <tr>
      <td>
        <xsl:choose>
          <xsl:when test="$found[1]/@identified-by">
            <xsl:call-template name="identification-label"><xsl:with-param name="value" select="$found[1]/@identified-by"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>Not recorded</xsl:otherwise>
        </xsl:choose>
      </td>
      <td class="number"><xsl:value-of select="count($found)"/></td>
      <td class="number"><xsl:value-of select="count($found[not(@relevance) or @relevance = 'relevant'])"/></td>
      <td class="number"><xsl:value-of select="count($found[@relevance = 'not-relevant'])"/></td>
      <td class="number"><xsl:value-of select="count($found[@relevance = 'to-decide'])"/></td>
      <td class="nowrap">
        <xsl:variable name="dated" select="$found[@identified-on]"/>
        <xsl:choose>
          <xsl:when test="$dated">
            <xsl:for-each select="$dated">
              <xsl:sort select="@identified-on"/>
              <xsl:if test="position() = 1"><xsl:value-of select="@identified-on"/></xsl:if>
              <xsl:if test="position() = last() and last() &gt; 1">
                <xsl:text> to </xsl:text>
                <xsl:value-of select="@identified-on"/>
              </xsl:if>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>—</xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <xsl:template name="communication">
    <section id="communication" class="section">
      <h2>6. Communication plan</h2>
      <xsl:variable name="planned" select="$parties[normalize-space(q:engagement/q:communication) or normalize-space(q:engagement/q:channel) or normalize-space(q:engagement/q:frequency) or normalize-space(q:engagement/q:responsible)]"/>
      <xsl:choose>
        <xsl:when test="$planned">
          <table class="grid">
            <thead>
              <tr><th>Party</th><th>What is communicated</th><th>How</th><th>How often</th><th>Responsible</th></tr>
            </thead>
            <tbody>
              <xsl:for-each select="$planned">
                <tr>
                  <td><xsl:value-of select="q:name"/></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:engagement/q:communication"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:engagement/q:channel"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:engagement/q:frequency"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:engagement/q:responsible"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">No party has an engagement plan yet.</p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="count($planned) &lt; count($parties)">
        <p>
          <xsl:text>Without an engagement plan: </xsl:text>
          <xsl:for-each select="$parties[count(. | $planned) != count($planned)]">
            <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
            <xsl:value-of select="q:name"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="findings">
    <section id="findings" class="section">
      <h2>7. Open findings</h2>
      <xsl:variable name="undecided" select="$requirements[@decision = 'undecided']"/>
      <xsl:variable name="no-rationale" select="$requirements[(@decision = 'partially-addressed' or @decision = 'not-addressed') and not(normalize-space(q:rationale))]"/>
      <xsl:variable name="no-requirements" select="$parties[not(q:requirements/q:requirement)]"/>
      <xsl:variable name="no-reason" select="$not-relevant[not(normalize-space(q:relevance-rationale))]"/>
      <xsl:variable name="overdue" select="$today != '' and $meta/q:next-review and translate($meta/q:next-review, '-', '') &lt; translate($today, '-', '')"/>
      <xsl:choose>
        <xsl:when test="$undecided or $no-rationale or $no-requirements or $overdue or $no-reason or $to-decide">
          <table class="grid findings">
            <thead>
              <tr><th>Severity</th><th>Subject</th><th>Finding</th></tr>
            </thead>
            <tbody>
              <xsl:if test="$overdue">
                <tr class="error">
                  <td>Error</td>
                  <td>Register</td>
                  <td>
                    <xsl:text>The review planned for </xsl:text>
                    <xsl:value-of select="$meta/q:next-review"/>
                    <xsl:text> is overdue</xsl:text>
                  </td>
                </tr>
              </xsl:if>
              <xsl:for-each select="$undecided">
                <tr class="error">
                  <td>Error</td>
                  <td><xsl:call-template name="requirement-subject"/></td>
                  <td>No decision whether the ISMS addresses this requirement</td>
                </tr>
              </xsl:for-each>
              <xsl:for-each select="$no-rationale">
                <tr class="error">
                  <td>Error</td>
                  <td><xsl:call-template name="requirement-subject"/></td>
                  <td>
                    <xsl:call-template name="decision-label"><xsl:with-param name="value" select="@decision"/></xsl:call-template>
                    <xsl:text> without a rationale</xsl:text>
                  </td>
                </tr>
              </xsl:for-each>
              <xsl:for-each select="$no-reason">
                <tr class="error">
                  <td>Error</td>
                  <td><xsl:value-of select="q:name"/></td>
                  <td>Judged not relevant without a rationale</td>
                </tr>
              </xsl:for-each>
              <xsl:for-each select="$to-decide">
                <tr class="warning">
                  <td>Warning</td>
                  <td><xsl:value-of select="q:name"/></td>
                  <td>Relevance still to be decided</td>
                </tr>
              </xsl:for-each>
              <xsl:for-each select="$no-requirements">
                <tr class="warning">
                  <td>Warning</td>
                  <td><xsl:value-of select="q:name"/></td>
                  <td>No requirements recorded</td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty">No open findings.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ================= Helpers ================= -->

  <!-- A value, or a dash, so that no table cell is ever an empty element. -->
  <xsl:template name="or-dash">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="normalize-space($value) != ''"><xsl:value-of select="$value"/></xsl:when>
      <xsl:otherwise>—</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- After the version, when it is not the approved one (as quadrant-approval.c
       decides): the approved version names another, or, when the approval names
       none, the current version was recorded as a revision after it. -->
  <xsl:template name="approval-note">
    <xsl:variable name="version" select="string($meta/q:version)"/>
    <xsl:variable name="approved" select="string($meta/q:approved-version)"/>
    <xsl:variable name="date" select="string($meta/q:approval-date)"/>
    <xsl:choose>
      <xsl:when test="$version = ''"/>
      <xsl:when test="$approved != '' and $approved != $version">
        <xsl:text> (approved: </xsl:text>
        <xsl:value-of select="$approved"/>
        <xsl:if test="$date != ''">
          <xsl:text> on </xsl:text>
          <xsl:value-of select="$date"/>
        </xsl:if>
        <xsl:text>)</xsl:text>
      </xsl:when>
      <xsl:when test="$approved = '' and $date != '' and
                      /q:register/q:revisions/q:revision[@version = $version and
                        number(translate(@date, '-', '')) &gt; number(translate($date, '-', ''))]">
        <xsl:text> (approved: an earlier version on </xsl:text>
        <xsl:value-of select="$date"/>
        <xsl:text>)</xsl:text>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="field-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <tr>
      <th><xsl:value-of select="$label"/></th>
      <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="$value"/></xsl:call-template></td>
    </tr>
  </xsl:template>

  <xsl:template name="requirement-subject">
    <xsl:value-of select="ancestor::q:party/q:name"/>
    <xsl:text> / </xsl:text>
    <xsl:call-template name="shorten">
      <xsl:with-param name="text" select="normalize-space(q:statement)"/>
      <xsl:with-param name="length" select="80"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="shorten">
    <xsl:param name="text"/>
    <xsl:param name="length"/>
    <xsl:choose>
      <xsl:when test="string-length($text) &gt; $length">
        <xsl:value-of select="substring($text, 1, $length - 1)"/>
        <xsl:text>…</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="engagement-text">
    <xsl:variable name="e" select="q:engagement"/>
    <xsl:choose>
      <xsl:when test="normalize-space($e/q:communication) or normalize-space($e/q:channel) or normalize-space($e/q:frequency) or normalize-space($e/q:responsible)">
        <xsl:if test="normalize-space($e/q:communication)">
          <p class="detail"><xsl:text>What: </xsl:text><xsl:value-of select="$e/q:communication"/></p>
        </xsl:if>
        <xsl:if test="normalize-space($e/q:channel)">
          <p class="detail"><xsl:text>How: </xsl:text><xsl:value-of select="$e/q:channel"/></p>
        </xsl:if>
        <xsl:if test="normalize-space($e/q:frequency)">
          <p class="detail"><xsl:text>How often: </xsl:text><xsl:value-of select="$e/q:frequency"/></p>
        </xsl:if>
        <xsl:if test="normalize-space($e/q:responsible)">
          <p class="detail"><xsl:text>Responsible: </xsl:text><xsl:value-of select="$e/q:responsible"/></p>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>None yet</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="legend-item">
    <xsl:param name="support"/>
    <span class="legend-item">
      <svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14">
        <xsl:call-template name="support-marker">
          <xsl:with-param name="support" select="$support"/>
          <xsl:with-param name="x" select="7"/>
          <xsl:with-param name="y" select="7"/>
          <xsl:with-param name="r" select="6"/>
        </xsl:call-template>
      </svg>
      <xsl:text> </xsl:text>
      <xsl:call-template name="support-label"><xsl:with-param name="value" select="$support"/></xsl:call-template>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- The map's palette from core (quadrant-map-render-palette.c; a test
       keeps the two the same): Okabe-Ito colours, safe for colour-blind
       readers, and a shape per support level, so a grey print still reads. -->
  <xsl:template name="support-colour">
    <xsl:param name="support"/>
    <xsl:choose>
      <xsl:when test="$support = 'unaware'">#8c8c8c</xsl:when>
      <xsl:when test="$support = 'resistant'">#d55e00</xsl:when>
      <xsl:when test="$support = 'supportive'">#009e73</xsl:when>
      <xsl:when test="$support = 'leading'">#0072b2</xsl:when>
      <xsl:otherwise>#6e6e6e</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A marker centred on (x, y), as the map draws it: unaware an empty ring,
       resistant a triangle pointing down, neutral a square, supportive a
       disc, leading a star. -->
  <xsl:template name="support-marker">
    <xsl:param name="support"/>
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="r"/>
    <xsl:variable name="colour">
      <xsl:call-template name="support-colour"><xsl:with-param name="support" select="$support"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$support = 'unaware'">
        <circle xmlns="http://www.w3.org/2000/svg" cx="{$x}" cy="{$y}" r="{$r}" fill="#ffffff" stroke="{$colour}" stroke-width="{$r * 0.2}" class="marker unaware"/>
      </xsl:when>
      <xsl:when test="$support = 'resistant'">
        <polygon xmlns="http://www.w3.org/2000/svg" points="{$x - $r},{$y - 0.72 * $r} {$x + $r},{$y - 0.72 * $r} {$x},{$y + $r}" fill="{$colour}" class="marker resistant"/>
      </xsl:when>
      <xsl:when test="$support = 'supportive'">
        <circle xmlns="http://www.w3.org/2000/svg" cx="{$x}" cy="{$y}" r="{$r}" fill="{$colour}" class="marker supportive"/>
      </xsl:when>
      <xsl:when test="$support = 'leading'">
        <!-- Five points; the inner ones at half the radius. -->
        <polygon xmlns="http://www.w3.org/2000/svg" fill="{$colour}" class="marker leading"
                 points="{$x},{$y - 0.9 * $r} {$x + 0.294 * $r},{$y - 0.305 * $r} {$x + 0.951 * $r},{$y - 0.209 * $r} {$x + 0.476 * $r},{$y + 0.255 * $r} {$x + 0.588 * $r},{$y + 0.909 * $r} {$x},{$y + 0.6 * $r} {$x - 0.588 * $r},{$y + 0.909 * $r} {$x - 0.476 * $r},{$y + 0.255 * $r} {$x - 0.951 * $r},{$y - 0.209 * $r} {$x - 0.294 * $r},{$y - 0.305 * $r}"/>
      </xsl:when>
      <xsl:otherwise>
        <rect xmlns="http://www.w3.org/2000/svg" x="{$x - 0.8 * $r}" y="{$y - 0.8 * $r}" width="{1.6 * $r}" height="{1.6 * $r}" fill="{$colour}" class="marker neutral"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="quadrant-label">
    <xsl:choose>
      <xsl:when test="@power &gt;= 50 and @interest &gt;= 50">manage closely</xsl:when>
      <xsl:when test="@power &gt;= 50">keep satisfied</xsl:when>
      <xsl:when test="@interest &gt;= 50">keep informed</xsl:when>
      <xsl:otherwise>monitor</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="category-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'internal'">Internal</xsl:when>
      <xsl:when test="$value = 'external'">External</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="kind-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'staff'">staff</xsl:when>
      <xsl:when test="$value = 'senior-leadership'">senior leadership</xsl:when>
      <xsl:when test="$value = 'board'">board</xsl:when>
      <xsl:when test="$value = 'shareholders'">shareholders</xsl:when>
      <xsl:when test="$value = 'departments'">departments</xsl:when>
      <xsl:when test="$value = 'internal-auditors'">internal auditors</xsl:when>
      <xsl:when test="$value = 'customers'">customers</xsl:when>
      <xsl:when test="$value = 'clients'">clients</xsl:when>
      <xsl:when test="$value = 'prospects'">prospects</xsl:when>
      <xsl:when test="$value = 'suppliers'">suppliers</xsl:when>
      <xsl:when test="$value = 'partners'">partners</xsl:when>
      <xsl:when test="$value = 'regulators'">regulators</xsl:when>
      <xsl:when test="$value = 'legislators'">legislators</xsl:when>
      <xsl:when test="$value = 'industry-bodies'">industry bodies</xsl:when>
      <xsl:when test="$value = 'competitors'">competitors</xsl:when>
      <xsl:when test="$value = 'media'">media</xsl:when>
      <xsl:when test="$value = 'activist-groups'">activist groups</xsl:when>
      <xsl:when test="$value = 'unions'">unions</xsl:when>
      <xsl:when test="$value = 'insurers'">insurers</xsl:when>
      <xsl:when test="$value = 'malicious-actors'">malicious actors</xsl:when>
      <xsl:when test="$value = 'other'">other</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="support-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'unaware'">Unaware</xsl:when>
      <xsl:when test="$value = 'resistant'">Resistant</xsl:when>
      <xsl:when test="$value = 'neutral'">Neutral</xsl:when>
      <xsl:when test="$value = 'supportive'">Supportive</xsl:when>
      <xsl:when test="$value = 'leading'">Leading</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="identification-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'risk-assessment'">Risk assessment</xsl:when>
      <xsl:when test="$value = 'management-consultation'">Management consultation</xsl:when>
      <xsl:when test="$value = 'survey-or-interview'">Survey or interview</xsl:when>
      <xsl:when test="$value = 'focus-group'">Focus group</xsl:when>
      <xsl:when test="$value = 'brainstorming'">Brainstorming</xsl:when>
      <xsl:when test="$value = 'formal-stakeholder-analysis'">Formal stakeholder analysis</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="type-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'legal'">Legal</xsl:when>
      <xsl:when test="$value = 'regulatory'">Regulatory</xsl:when>
      <xsl:when test="$value = 'contractual'">Contractual</xsl:when>
      <xsl:when test="$value = 'business'">Business</xsl:when>
      <xsl:when test="$value = 'other'">Other</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="priority-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'low'">Low</xsl:when>
      <xsl:when test="$value = 'medium'">Medium</xsl:when>
      <xsl:when test="$value = 'high'">High</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="decision-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'undecided'">Undecided</xsl:when>
      <xsl:when test="$value = 'addressed'">Addressed</xsl:when>
      <xsl:when test="$value = 'partially-addressed'">Partially addressed</xsl:when>
      <xsl:when test="$value = 'not-addressed'">Not addressed</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="reference-kind-label">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'control'">Control</xsl:when>
      <xsl:when test="$value = 'policy'">Policy</xsl:when>
      <xsl:when test="$value = 'process'">Process</xsl:when>
      <xsl:when test="$value = 'objective'">Objective</xsl:when>
      <xsl:otherwise>Other</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- No "<", ">" or "&" in here: the style element is raw text to an HTML
       parser, so an escaped character would reach the CSS as an entity. -->
  <xsl:template name="css">
    <xsl:text>
:root { color-scheme: light; }
body { font-family: "Cantarell", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1d1d1d; background: #fff; max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 2em; margin: 0.2em 0; overflow-wrap: break-word; }
h2 { font-size: 1.5em; border-bottom: 2px solid #3465a4; padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 1.15em; margin: 1.2em 0 0.4em; overflow-wrap: break-word; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #3465a4; font-size: 0.85em; margin: 0; }
.subtitle { color: #555; margin-top: 0; }
.cover { border-bottom: 1px solid #ccc; padding-bottom: 1em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.5em; overflow-wrap: break-word; hyphens: manual; }
table.grid th, table.grid td { border: 1px solid #c8c8c8; }
table.grid thead th { background: #eef2f7; }
table.fields th { width: 13em; color: #444; font-weight: 600; border-bottom: 1px solid #e4e4e4; }
table.fields td { border-bottom: 1px solid #e4e4e4; white-space: pre-line; }
caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
td.number { text-align: right; width: 6em; }
td.nowrap { white-space: nowrap; }
.columns { display: flex; flex-wrap: wrap; gap: 1.5em; }
.columns table.summary { width: auto; min-width: 16em; flex: 1; }
p.statement { margin: 0; font-weight: 600; }
p.detail { margin: 0.15em 0 0; color: #444; font-size: 0.92em; }
p.notes { white-space: pre-line; }
ul.references { margin: 0; padding-left: 1.1em; }
td.decision-undecided { color: #a40000; font-weight: 600; }
td.decision-addressed { color: #2e7d32; }
tr.error td:first-child { color: #a40000; font-weight: 600; }
tr.warning td:first-child { color: #8a5a00; font-weight: 600; }
.empty { color: #666; font-style: italic; }
.party { border-top: 1px solid #ddd; }
svg.map { max-width: 100%; height: auto; display: block; margin: 0.5em 0; font-family: inherit; }
.legend-item { white-space: nowrap; margin-right: 0.8em; }
nav.contents ol, ol.map-key { columns: 2; }
ol.map-key { font-size: 0.92em; }
table.grid thead th { overflow-wrap: normal; }
a { color: #1c5aa6; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  nav.contents { display: none; }
  .section { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li, .party table.fields, svg.map { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
</xsl:text>
  </xsl:template>
</xsl:stylesheet>
